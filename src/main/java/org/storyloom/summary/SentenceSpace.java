package org.storyloom.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit TF-IDF vectors of a set of sentences, stored compactly with an inverted index, so that one sentence's
 * similarity to all others costs only the postings of its terms rather than a pass over every pair.
 */
final class SentenceSpace {

    private final int[][] terms;
    private final float[][] weights;
    private final int[][] postings;
    private final float[][] postingWeights;
    private final Map<String, Integer> ids;

    private SentenceSpace(int[][] terms, float[][] weights, int[][] postings, Map<String, Integer> ids) {
        this.terms = terms;
        this.weights = weights;
        this.postings = postings;
        this.ids = ids;
        this.postingWeights = new float[postings.length][];
        for (int t = 0; t < postings.length; t++) {
            postingWeights[t] = new float[postings[t].length];
            for (int k = 0; k < postings[t].length; k++) {
                postingWeights[t][k] = weightOf(postings[t][k], t);
            }
        }
    }

    /** The space of the given sentences, weighted by {@code idf}. */
    static SentenceSpace of(List<StorySentence> sentences, TermVectors idf) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] terms = new int[sentences.size()][];
        float[][] weights = new float[sentences.size()][];
        List<List<Integer>> posting = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Map<String, Double> vector = idf.vector(sentences.get(s).terms());
            terms[s] = new int[vector.size()];
            weights[s] = new float[vector.size()];
            int k = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                int id = ids.computeIfAbsent(entry.getKey(), t -> ids.size());
                if (id == posting.size()) {
                    posting.add(new ArrayList<>());
                }
                posting.get(id).add(s);
                terms[s][k] = id;
                weights[s][k++] = entry.getValue().floatValue();
            }
        }
        int[][] postings = new int[posting.size()][];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = posting.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
        return new SentenceSpace(terms, weights, postings, ids);
    }

    int size() {
        return terms.length;
    }

    /** The cosine of sentence {@code i} with every sentence, itself included. */
    float[] row(int i) {
        float[] out = new float[terms.length];
        for (int k = 0; k < terms[i].length; k++) {
            int term = terms[i][k];
            float weight = weights[i][k];
            int[] sentences = postings[term];
            float[] theirs = postingWeights[term];
            for (int p = 0; p < sentences.length; p++) {
                out[sentences[p]] += weight * theirs[p];
            }
        }
        return out;
    }

    /**
     * For every sentence, the share of the shorter one's distinct terms that it has in common with sentence
     * {@code i}: 1 when one sentence's words all recur in the other.
     */
    float[] containment(int i) {
        float[] out = new float[terms.length];
        for (int term : terms[i]) {
            for (int j : postings[term]) {
                out[j]++;
            }
        }
        for (int j = 0; j < out.length; j++) {
            int shorter = Math.min(terms[i].length, terms[j].length);
            out[j] = shorter == 0 ? 0 : out[j] / shorter;
        }
        return out;
    }

    /** The cosine of every sentence with a unit vector given by term: one pass over each sentence's terms. */
    double[] dots(Map<String, Double> vector) {
        double[] byId = new double[postings.length];
        vector.forEach((term, weight) -> {
            Integer id = ids.get(term);
            if (id != null) {
                byId[id] = weight;
            }
        });
        double[] out = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            double sum = 0;
            for (int k = 0; k < terms[i].length; k++) {
                sum += weights[i][k] * byId[terms[i][k]];
            }
            out[i] = sum;
        }
        return out;
    }

    private float weightOf(int sentence, int term) {
        int[] own = terms[sentence];
        for (int k = 0; k < own.length; k++) {
            if (own[k] == term) {
                return weights[sentence][k];
            }
        }
        return 0;
    }
}
