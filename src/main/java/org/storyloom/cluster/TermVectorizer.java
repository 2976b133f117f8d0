package org.storyloom.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyloom.text.Stems;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/**
 * TF-IDF over title and lead with document frequencies learned online from the articles seen so far. Title
 * words count twice; words written as names mid-sentence, and pairs of adjacent names ("kim jong"), get a
 * boost. Memory is bounded: when the vocabulary outgrows its cap, terms seen once are forgotten.
 */
final class TermVectorizer {

    private static final int MAX_VOCABULARY = 400_000;

    /**
     * Background documents assumed to lack every term, so the first articles of a stream, which all share the
     * words of the few stories seen yet, do not make those words look common. Fades as the stream grows.
     */
    private static final double PRIOR_DOCUMENTS = 1000;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, String> displayForm = new HashMap<>();
    private final double nameBoost;
    private final int leadWords;
    private long documents;

    TermVectorizer(double nameBoost, int leadWords) {
        this.nameBoost = nameBoost;
        this.leadWords = leadWords;
    }

    /** Counts the article's terms into the document frequencies and returns its weighted, unit-length vector. */
    TermVector learnAndVectorise(String title, String text) {
        Map<String, double[]> counts = new TreeMap<>();
        addTokens(Tokens.of(title), 2.0, counts);
        List<Tokens.Token> body = Tokens.of(text);
        addTokens(body.subList(0, Math.min(body.size(), leadWords)), 1.0, counts);
        documents++;
        for (String term : counts.keySet()) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
        if (documentFrequency.size() > MAX_VOCABULARY) {
            documentFrequency.values().removeIf(count -> count <= 1);
        }
        String[] terms = new String[counts.size()];
        float[] weights = new float[counts.size()];
        boolean[] names = new boolean[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<String, double[]> entry : counts.entrySet()) {
            double[] c = entry.getValue();
            double idf =
                    Math.log((documents + PRIOR_DOCUMENTS) / (documentFrequency.getOrDefault(entry.getKey(), 1) + 0.5));
            double w = (1 + Math.log(c[0])) * Math.max(0.0, idf) * (c[1] > 0 ? nameBoost : 1.0);
            terms[i] = entry.getKey();
            weights[i] = (float) w;
            names[i] = c[1] > 0;
            norm += w * w;
            i++;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int j = 0; j < weights.length; j++) {
                weights[j] = (float) (weights[j] * scale);
            }
        }
        return new TermVector(terms, weights, names);
    }

    /** How a term was last written, for reasons shown to readers ("Kim Jong" rather than "kim jong"). */
    String display(String term) {
        return displayForm.getOrDefault(term, term);
    }

    private void addTokens(List<Tokens.Token> tokens, double weight, Map<String, double[]> counts) {
        Tokens.Token previous = null;
        for (Tokens.Token token : tokens) {
            String lower = Stems.stem(token.lower());
            boolean name = token.looksLikeName() && token.word().length() > 1;
            if (lower.length() > 1 && !StopWords.contains(token.lower())) {
                double[] c = counts.computeIfAbsent(lower, k -> new double[2]);
                c[0] += weight;
                if (name) {
                    c[1] = 1;
                    remember(lower, token.word());
                } else if (token.capitalised() && displayForm.size() < MAX_VOCABULARY) {
                    displayForm.putIfAbsent(lower, token.word());
                }
            }
            if (previous != null && name && previous.capitalised() && !StopWords.contains(previous.lower())) {
                String pair = Stems.stem(previous.lower()) + " " + lower;
                double[] c = counts.computeIfAbsent(pair, k -> new double[2]);
                c[0] += weight;
                c[1] = 1;
                remember(pair, previous.word() + " " + token.word());
            }
            previous = token;
        }
    }

    private void remember(String term, String written) {
        if (displayForm.size() < MAX_VOCABULARY) {
            displayForm.put(term, written);
        }
    }
}
