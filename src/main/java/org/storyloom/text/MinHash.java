package org.storyloom.text;

/**
 * MinHash signatures of shingle sets: the share of equal positions in two signatures estimates the Jaccard
 * similarity of the sets. Signatures are split into bands for locality-sensitive hashing: two sets whose
 * Jaccard similarity is s share at least one band with probability 1 - (1 - s^rows)^bands.
 */
public final class MinHash {

    private final long[] seeds;
    private final int bands;
    private final int rows;

    /** {@code bands * rows} hash functions, derived from {@code seed} so signatures are stable across runs. */
    public MinHash(int bands, int rows, long seed) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("text: bands and rows must be positive");
        }
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long s = seed;
        for (int i = 0; i < seeds.length; i++) {
            s = Hashing.mix(s + 0x9e3779b97f4a7c15L);
            seeds[i] = s | 1L;
        }
    }

    /** The number of values in a signature. */
    public int size() {
        return seeds.length;
    }

    /** The number of bands a signature is split into. */
    public int bands() {
        return bands;
    }

    /** The signature of a shingle set; all {@code Long.MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(shingle ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The hash of one band of a signature, salted by the band number so bands never collide with each other. */
    public long bandKey(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < rows; r++) {
            h = Hashing.combine(h, signature[band * rows + r]);
        }
        return h;
    }

    /** The estimated Jaccard similarity of the sets behind two signatures. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("text: signatures differ in length");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
