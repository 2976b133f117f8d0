package org.storyloom.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of sentences over the collection they come from, L2-normalised so that a dot product is a cosine.
 * Document frequency counts sentences, so a term found in every sentence weighs little.
 */
public final class TermVectors {

    private final Map<String, Double> idf;

    private TermVectors(Map<String, Double> idf) {
        this.idf = idf;
    }

    /** Weights learnt from the given sentences. */
    public static TermVectors over(Collection<StorySentence> sentences) {
        Map<String, Integer> df = new HashMap<>();
        for (StorySentence sentence : sentences) {
            for (String term : new HashSet<>(sentence.terms())) {
                df.merge(term, 1, Integer::sum);
            }
        }
        double n = Math.max(1, sentences.size());
        Map<String, Double> idf = HashMap.newHashMap(df.size());
        df.forEach((term, count) -> idf.put(term, Math.log((n + 1) / (count + 0.5))));
        return new TermVectors(idf);
    }

    /** The inverse document frequency of a term; unseen terms weigh as rare ones. */
    public double idf(String term) {
        Double weight = idf.get(term);
        return weight == null ? Math.log(idf.size() + 2.0) : weight;
    }

    /** The unit TF-IDF vector of a list of terms (repeats count); empty for no terms. */
    public Map<String, Double> vector(List<String> terms) {
        Map<String, Double> out = new HashMap<>();
        for (String term : terms) {
            out.merge(term, idf(term), Double::sum);
        }
        return normalise(out);
    }

    /** The unit sum of the given vectors: the centroid direction. */
    public static Map<String, Double> centroid(Collection<Map<String, Double>> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (Map<String, Double> vector : vectors) {
            vector.forEach((term, weight) -> sum.merge(term, weight, Double::sum));
        }
        return normalise(sum);
    }

    /** The dot product of two sparse vectors (their cosine when both are unit vectors). */
    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }

    private static Map<String, Double> normalise(Map<String, Double> vector) {
        double norm = 0;
        for (double weight : vector.values()) {
            norm += weight * weight;
        }
        if (norm == 0) {
            return Map.of();
        }
        double scale = 1 / Math.sqrt(norm);
        vector.replaceAll((term, weight) -> weight * scale);
        return vector;
    }
}
