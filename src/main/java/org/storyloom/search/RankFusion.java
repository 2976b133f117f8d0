package org.storyloom.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion: an item's score is the sum over lists of 1 / (k + rank), rank counted from 1. */
public final class RankFusion {

    /** The usual constant from Cormack et al. (2009). */
    public static final int K = 60;

    private RankFusion() {}

    /** One fused item. */
    public record Fused(long id, double score) {}

    /** Fuses ranked id lists; ties keep the order of first appearance. */
    public static List<Fused> fuse(List<List<Long>> rankings) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (List<Long> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), 1.0 / (K + i + 1), Double::sum);
            }
        }
        List<Fused> out = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> out.add(new Fused(id, score)));
        out.sort(Comparator.comparingDouble(Fused::score).reversed());
        return out;
    }
}
