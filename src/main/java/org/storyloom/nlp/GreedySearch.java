package org.storyloom.nlp;

import java.util.Arrays;
import java.util.function.IntFunction;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.jspecify.annotations.Nullable;

/**
 * A beam search of width one without the beam: at each token the model's most probable valid outcome is taken
 * (the first on a tie), which is what OpenNLP's {@code BeamSearch} of size one picks, minus its sorting of every
 * score array and its copying of the growing sequence. Thread-safe when the model is.
 */
final class GreedySearch implements SequenceClassificationModel {

    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;

    GreedySearch(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> @Nullable Sequence bestSequence(
            T[] sequence,
            Object @Nullable [] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        String[] outcomes = new String[sequence.length];
        Sequence best = new Sequence();
        double[] probs = new double[model.getNumOutcomes()];
        for (int i = 0; i < sequence.length; i++) {
            String[] prior = Arrays.copyOf(outcomes, i);
            double[] scores = model.eval(cg.getContext(i, sequence, prior, context), probs);
            int pick = best(scores, i, sequence, prior, validator, model::getOutcome, true);
            if (pick < 0) {
                pick = best(scores, i, sequence, prior, validator, model::getOutcome, false);
            }
            if (pick < 0) {
                return null;
            }
            outcomes[i] = model.getOutcome(pick);
            best.add(outcomes[i], scores[pick]);
        }
        return best;
    }

    /**
     * The index of the highest score whose outcome the validator accepts, -1 if none; with {@code topOnly} only
     * the highest scores are tried (as the beam does before falling back to every valid outcome).
     */
    static <T> int best(
            double[] scores,
            int i,
            T[] sequence,
            String[] prior,
            SequenceValidator<T> validator,
            IntFunction<String> outcome,
            boolean topOnly) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        int pick = -1;
        for (int p = 0; p < scores.length; p++) {
            boolean candidate = topOnly ? scores[p] >= max : pick < 0 || scores[p] > scores[pick];
            if (candidate && validator.validSequence(i, sequence, prior, outcome.apply(p))) {
                pick = p;
                if (topOnly) {
                    return pick;
                }
            }
        }
        return pick;
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object @Nullable [] additionalContext,
            double minSequenceScore,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Sequence best = bestSequence(sequence, additionalContext, cg, validator);
        return best == null || numSequences < 1 ? new Sequence[0] : new Sequence[] {best};
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object @Nullable [] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, Double.NEGATIVE_INFINITY, cg, validator);
    }

    @Override
    public String[] getOutcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.getOutcome(i);
        }
        return out;
    }
}
