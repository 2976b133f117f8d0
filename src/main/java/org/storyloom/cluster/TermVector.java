package org.storyloom.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse unit vector of weighted terms, terms sorted; {@code names} marks terms seen written as names.
 *
 * @param terms lower-case terms, ascending
 * @param weights one weight per term; the vector has unit length unless empty
 * @param names per term, true when it was written with a capital mid-sentence
 */
record TermVector(String[] terms, float[] weights, boolean[] names) {

    static final TermVector EMPTY = new TermVector(new String[0], new float[0], new boolean[0]);

    boolean isEmpty() {
        return terms.length == 0;
    }

    /** The dot product with a map of summed term weights. */
    double dot(Map<String, Double> sums) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            Double w = sums.get(terms[i]);
            if (w != null) {
                sum += weights[i] * w;
            }
        }
        return sum;
    }

    /** Indexes of the {@code k} heaviest terms, heaviest first (ties by term order). */
    int[] top(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int n = Math.min(k, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
