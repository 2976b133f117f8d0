package org.storyloom.text;

import java.util.Arrays;
import java.util.List;

/** Word shingles: every run of k consecutive words, hashed to 64 bits, as a sorted set without repeats. */
public final class Shingles {

    private Shingles() {}

    /** The distinct hashed k-word shingles of {@code words}; one shingle of all words when fewer than k. */
    public static long[] of(List<String> words, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("text: shingle size must be positive, was " + k);
        }
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = Hashing.of(words.get(i));
        }
        int count = Math.max(1, words.size() - k + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = Hashing.combine(h, wordHashes[j]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The exact Jaccard similarity of two sorted shingle sets. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
