package org.storyloom.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private final MinHash minHash = new MinHash(32, 4, 42);

    private static List<String> words(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("w" + random.nextInt(100_000));
        }
        return out;
    }

    @Test
    void identicalSetsHaveIdenticalSignaturesAndBands() {
        long[] a = minHash.signature(Shingles.of(List.of("a", "b", "c", "d", "e"), 2));
        long[] b = minHash.signature(Shingles.of(List.of("a", "b", "c", "d", "e"), 2));
        assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
        for (int band = 0; band < minHash.bands(); band++) {
            assertThat(minHash.bandKey(a, band)).isEqualTo(minHash.bandKey(b, band));
        }
    }

    @Test
    void estimateTracksTheExactJaccardSimilarity() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            List<String> base = words(random, 300);
            List<String> edited = new ArrayList<>(base);
            int changes = random.nextInt(120);
            for (int i = 0; i < changes; i++) {
                edited.set(random.nextInt(edited.size()), "x" + random.nextInt(1000));
            }
            long[] sa = Shingles.of(base, 3);
            long[] sb = Shingles.of(edited, 3);
            double exact = Shingles.jaccard(sa, sb);
            double estimate = MinHash.similarity(minHash.signature(sa), minHash.signature(sb));
            assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
        }
    }

    @Test
    void unrelatedTextsRarelyShareABand() {
        Random random = new Random(11);
        int shared = 0;
        for (int trial = 0; trial < 200; trial++) {
            long[] a = minHash.signature(Shingles.of(words(random, 200), 4));
            long[] b = minHash.signature(Shingles.of(words(random, 200), 4));
            for (int band = 0; band < minHash.bands(); band++) {
                if (minHash.bandKey(a, band) == minHash.bandKey(b, band)) {
                    shared++;
                    break;
                }
            }
        }
        assertThat(shared).isZero();
    }

    @Test
    void sameSeedSameSignatureOtherSeedOtherSignature() {
        long[] shingles = Shingles.of(List.of("one", "two", "three", "four"), 2);
        assertThat(new MinHash(32, 4, 42).signature(shingles)).isEqualTo(minHash.signature(shingles));
        assertThat(new MinHash(32, 4, 43).signature(shingles)).isNotEqualTo(minHash.signature(shingles));
    }

    @Test
    void shinglesAreSortedDistinctAndShortTextsMakeOne() {
        assertThat(Shingles.of(List.of("a", "a", "a", "a"), 2)).hasSize(1);
        assertThat(Shingles.of(List.of("a", "b"), 4)).hasSize(1);
        assertThat(Shingles.of(List.of(), 4)).isEmpty();
        assertThatThrownBy(() -> Shingles.of(List.of("a"), 0)).hasMessageStartingWith("text: ");
        assertThatThrownBy(() -> MinHash.similarity(new long[2], new long[3])).hasMessageStartingWith("text: ");
    }
}
