package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import org.jspecify.annotations.Nullable;

/**
 * The part of the UD tagger's maxent model that does not depend on the words: the feature weights by name, the
 * weights of the previous-tag features for every tag and pair of tags, and the sentence-start features. Built once
 * from the model; read by every thread's {@link WordTagger}. Present only when the model's features are the ones
 * {@link WordTagger} rebuilds from per-word pieces (checked against the model's own feature generator).
 */
record TaggerTables(
        Map<String, Context> weights,
        String[] outcomes,
        double logPrior,
        Context[] previousTag,
        Context[][] previousTwoTags,
        Context[] start,
        POSModel model,
        SequenceValidator<String> validator) {

    private static final String POS_ARTIFACT = "pos.model";
    private static final String BEGIN = "S=begin";
    private static final Context[] NONE = new Context[0];
    /** The weights of a feature the model does not know: none. */
    private static final Context UNKNOWN = new Context(new int[0], new double[0]);

    /** Tables for the model, or null when its artifact is not a plain maxent model with the expected features. */
    static @Nullable TaggerTables of(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_ARTIFACT);
        if (!(maxent instanceof AbstractModel plain) || !(plain.getDataStructures()[1] instanceof Map<?, ?> map)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) map;
        String[] outcomes = new String[maxent.getNumOutcomes()];
        Context[] previous = new Context[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = maxent.getOutcome(o);
        }
        Context[][] previousTwo = new Context[outcomes.length][outcomes.length];
        for (int a = 0; a < outcomes.length; a++) {
            previous[a] = weight(weights, "t=" + outcomes[a]);
            for (int b = 0; b < outcomes.length; b++) {
                previousTwo[a][b] = weight(weights, "t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
        Context[] start = {weight(weights, BEGIN), weight(weights, "p1S=begin"), weight(weights, "p2S=begin")};
        TaggerTables tables = new TaggerTables(
                weights,
                outcomes,
                StrictMath.log(1.0 / outcomes.length),
                previous,
                previousTwo,
                start,
                model,
                model.getFactory().getSequenceValidator());
        return tables.agrees(maxent) ? tables : null;
    }

    private static Context weight(Map<String, Context> weights, String feature) {
        Context c = weights.get(feature);
        return c != null ? c : UNKNOWN;
    }

    /** A context generator of the model's own (one per thread: it is not thread-safe). */
    POSContextGenerator contextGenerator() {
        return model.getFactory().getPOSContextGenerator();
    }

    /**
     * The weights of a word's own features as the model's generator makes them for the word alone (a one-word
     * sentence): those before the sentence-start feature (definition, suffixes, prefixes, the word) and those after
     * it (token class, word and class), plus the word's lower-cased form the window features name it by.
     */
    WordFeatures features(POSContextGenerator generator, String word) {
        String[] context = generator.getContext(0, new String[] {word}, new String[0], null);
        int begin = Arrays.asList(context).indexOf(BEGIN);
        String lower = null;
        for (int i = 0; i < begin; i++) {
            if (context[i].startsWith("w=")) {
                lower = context[i].substring(2);
            }
        }
        if (begin < 0 || lower == null) {
            throw new IllegalStateException("nlp: unexpected tagger features for a word: " + Arrays.toString(context));
        }
        return new WordFeatures(
                known(context, 0, begin),
                known(context, begin + 1, context.length),
                weight(weights, "p1w=" + lower),
                weight(weights, "p2w=" + lower),
                weight(weights, "n1w=" + lower),
                weight(weights, "n2w=" + lower));
    }

    private Context[] known(String[] names, int from, int to) {
        List<Context> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Context c = weights.get(names[i]);
            if (c != null) {
                out.add(c);
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }

    /**
     * Whether the features rebuilt from per-word pieces are, in order, those the model's generator makes for a
     * sentence that exercises every window position, sentence start and tag history.
     */
    private boolean agrees(MaxentModel maxent) {
        String[] words = {"Mr.", "Shoigu", "said", "the", "U.S.", "troops", "rose", "42", "%", "."};
        String[] tags = new String[words.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = outcomes[i % outcomes.length];
        }
        POSContextGenerator generator = contextGenerator();
        WordTagger tagger = new WordTagger(this, new HashMap<>());
        try {
            for (int i = 0; i < words.length; i++) {
                String[] prior = Arrays.copyOf(tags, i);
                double[] expected = maxent.eval(generator.getContext(i, words, prior, null));
                if (!Arrays.equals(expected, tagger.scores(words, prior, i))) {
                    return false;
                }
            }
        } catch (IllegalStateException e) {
            return false;
        }
        return true;
    }

    /** One word's weights: its own features (in two runs) and the window features naming it from a neighbour. */
    record WordFeatures(
            Context[] head, Context[] tail, Context before1, Context before2, Context after1, Context after2) {}
}
