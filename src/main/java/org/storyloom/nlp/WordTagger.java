package org.storyloom.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import org.storyloom.nlp.TaggerTables.WordFeatures;

/**
 * The UD tagger with a beam of one, its features looked up per word instead of per position. The model's generator
 * names about twenty features at each position (suffixes, prefixes, the word and its neighbours, token class,
 * previous tags), and the maxent model finds each name's weights in a hash map; all but the sentence-start and
 * previous-tag features depend on one word only, so their weights are found once per distinct word and remembered.
 * The weights are then added in the generator's order and turned into probabilities as the maxent model does, so
 * the probabilities are the model's to the last bit and the tags are those of {@link GreedySearch}. Not
 * thread-safe: one per thread; the memory of words may be shared by the threads.
 */
final class WordTagger {

    /** Distinct words remembered before the memory starts afresh. */
    private static final int CAPACITY = 200_000;

    private final TaggerTables tables;
    private final POSContextGenerator generator;
    private final Map<String, WordFeatures> words;
    private final double[] scores;

    /** A tagger over the shared tables and a memory of words it may share (a thread-safe map when shared). */
    WordTagger(TaggerTables tables, Map<String, WordFeatures> words) {
        this.tables = tables;
        this.words = words;
        this.generator = tables.contextGenerator();
        this.scores = new double[tables.outcomes().length];
    }

    /** The most probable valid tag of each word, chosen left to right (the first on a tie). */
    String[] tag(String[] sentence) {
        WordFeatures[] features = features(sentence);
        int[] picked = new int[sentence.length];
        String[] tags = new String[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            score(features, picked, i);
            String[] prior = Arrays.copyOf(tags, i);
            int pick = best(sentence, prior, i, true);
            if (pick < 0) {
                pick = best(sentence, prior, i, false);
            }
            if (pick < 0) {
                throw new IllegalStateException("nlp: no valid tag for " + sentence[i]);
            }
            picked[i] = pick;
            tags[i] = tables.outcomes()[pick];
        }
        return tags;
    }

    /** The model's probabilities at position {@code i} given the tags before it (a copy; for checks). */
    double[] scores(String[] sentence, String[] prior, int i) {
        int[] picked = new int[sentence.length];
        for (int k = 0; k < i; k++) {
            picked[k] = Arrays.asList(tables.outcomes()).indexOf(prior[k]);
        }
        score(features(sentence), picked, i);
        return scores.clone();
    }

    private WordFeatures[] features(String[] sentence) {
        WordFeatures[] out = new WordFeatures[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            WordFeatures f = words.get(sentence[i]);
            if (f == null) {
                if (words.size() >= CAPACITY) {
                    words.clear();
                }
                f = tables.features(generator, sentence[i]);
                words.put(sentence[i], f);
            }
            out[i] = f;
        }
        return out;
    }

    /** Fills {@link #scores} as the maxent model evaluates the generator's features at position {@code i}. */
    private void score(WordFeatures[] f, int[] picked, int i) {
        Arrays.fill(scores, tables.logPrior());
        add(f[i].head());
        if (i >= 1) {
            add(f[i - 1].before1());
        }
        if (i >= 2) {
            add(f[i - 2].before2());
        }
        if (i + 1 < f.length) {
            add(f[i + 1].after1());
        }
        if (i + 2 < f.length) {
            add(f[i + 2].after2());
        }
        if (i < tables.start().length) {
            add(tables.start()[i]);
        }
        add(f[i].tail());
        if (i >= 1) {
            add(tables.previousTag()[picked[i - 1]]);
        }
        if (i >= 2) {
            add(tables.previousTwoTags()[picked[i - 2]][picked[i - 1]]);
        }
        double normal = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= normal;
        }
    }

    private void add(Context[] contexts) {
        for (Context c : contexts) {
            add(c);
        }
    }

    private void add(Context c) {
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            scores[outcomes[k]] += parameters[k];
        }
    }

    /** As {@link GreedySearch}: the highest valid score, trying only the top scores first. */
    private int best(String[] sentence, String[] prior, int i, boolean topOnly) {
        String[] outcomes = tables.outcomes();
        return GreedySearch.best(scores, i, sentence, prior, tables.validator(), p -> outcomes[p], topOnly);
    }
}
