package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Maximal marginal relevance: greedily pick relevant sentences that are not like those already picked. */
final class Mmr {

    /** Share of the shorter sentence's terms found in a picked one above which it says the same thing. */
    static final double CONTAINED = 0.6;

    /** How far past its budget the last pick may run. */
    private static final double SLACK = 1.1;

    private Mmr() {}

    /**
     * Indexes of sentences in the order picked, until their summed {@code cost} reaches {@code budget}. A sentence's
     * marginal value is its relevance minus {@code redundancy} times its highest similarity to one already picked; a
     * sentence at least {@code duplicate} similar to a picked one, or whose terms mostly recur in a picked one (or
     * the other way round), is never picked, nor one that would overrun the budget by more than a tenth once
     * something is picked.
     */
    static List<Integer> select(
            SentenceSpace space,
            double[] relevance,
            IntUnaryOperator cost,
            int budget,
            double redundancy,
            double duplicate) {
        int n = space.size();
        List<Integer> picked = new ArrayList<>();
        double[] closest = new double[n];
        boolean[] taken = new boolean[n];
        boolean[] repeats = new boolean[n];
        int spent = 0;
        while (spent < budget) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i] || repeats[i] || closest[i] >= duplicate) {
                    continue;
                }
                double value = relevance[i] - redundancy * closest[i];
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            int price = cost.applyAsInt(best);
            if (!picked.isEmpty() && spent + price > budget * SLACK) {
                continue;
            }
            picked.add(best);
            spent += price;
            float[] row = space.row(best);
            float[] contained = space.containment(best);
            for (int i = 0; i < n; i++) {
                closest[i] = Math.max(closest[i], row[i]);
                repeats[i] |= contained[i] >= CONTAINED;
            }
        }
        return picked;
    }
}
