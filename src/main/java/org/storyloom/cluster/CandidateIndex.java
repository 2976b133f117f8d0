package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted index from key terms to the active stories that carry them, so an article is scored in full only
 * against the few stories that share its heaviest terms, whatever the size of the window.
 */
final class CandidateIndex {

    private final Map<String, List<StoryState>> postings = new HashMap<>();

    void index(StoryState story, List<String> terms) {
        unindex(story);
        for (String term : terms) {
            postings.computeIfAbsent(term, k -> new ArrayList<>(4)).add(story);
        }
        story.indexedTerms = List.copyOf(terms);
    }

    void unindex(StoryState story) {
        for (String term : story.indexedTerms) {
            List<StoryState> list = postings.get(term);
            if (list != null) {
                list.remove(story);
                if (list.isEmpty()) {
                    postings.remove(term);
                }
            }
        }
        story.indexedTerms = List.of();
    }

    /** Stories sharing any of {@code terms}, the {@code limit} best by summed weight of shared terms, then age. */
    List<StoryState> candidates(String[] terms, float[] weights, int[] which, int limit) {
        Map<StoryState, Double> scores = new LinkedHashMap<>();
        for (int i : which) {
            List<StoryState> list = postings.get(terms[i]);
            if (list != null) {
                for (StoryState story : list) {
                    scores.merge(story, (double) weights[i], Double::sum);
                }
            }
        }
        List<Map.Entry<StoryState, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<StoryState, Double>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().seq, Comparator.naturalOrder()));
        List<StoryState> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }
}
