package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new OnnxEmbedder(1, 4, 64);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void unitVectorsWhoseDotProductFollowsMeaning() {
        List<float[]> v = embedder.embed(List.of(
                "Earthquake strikes Sumatra, tsunami warning issued",
                "Strong quake hits Indonesia's Sumatra island",
                "Rovers win the cup final at Wembley",
                "",
                "Землетрясение на Суматре",
                "Central bank raises interest rates"));

        assertThat(v).hasSize(6).allSatisfy(x -> {
            assertThat(x).hasSize(384);
            assertThat(Vectors.dot(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void batchingBarelyChangesTheVectors() {
        float[] alone = embedder.embed(List.of("Kim Jong Un visits Kursk")).get(0);
        float[] inBatch = embedder.embed(List.of(
                        "A much longer sentence that pads the batch to more tokens than the" + " other",
                        "Kim Jong Un visits Kursk"))
                .get(1);
        assertThat(Vectors.dot(alone, inBatch)).isGreaterThan(0.98);
    }

    @Test
    void textsSortedByLengthAndRunInParallelBatchesComeBackInInputOrder() {
        List<String> texts = List.of(
                "Central bank raises interest rates by half a point as inflation stays high across the country",
                "Fire",
                "Rovers win the cup final",
                "Earthquake strikes Sumatra, tsunami warning issued for the whole coast of the island tonight",
                "Kim Jong Un visits Kursk",
                "Storm");
        try (OnnxEmbedder parallel = new OnnxEmbedder(2, 2, 64)) {
            List<float[]> together = parallel.embed(texts);
            assertThat(together).hasSize(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                float[] alone = embedder.embed(List.of(texts.get(i))).get(0);
                assertThat(Vectors.dot(alone, together.get(i))).as(texts.get(i)).isGreaterThan(0.98);
            }
        }
    }
}
