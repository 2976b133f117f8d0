package org.storyloom.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns one source's boilerplate from its articles: the paragraphs and sentences that recur across many of
 * them ("Support Ukrainska Pravda on Patreon!"). Pure: texts in, a {@link LearnedBoilerplate} out; where the
 * list is stored and shown is the caller's business.
 *
 * <p>A unit (a paragraph, or a sentence of one) of at most {@link Thresholds#maxChars} characters and at
 * least {@link Thresholds#minChars} is learned when it occurs, after folding case and punctuation, in at least
 * {@link Thresholds#minArticles} articles and in at least {@link Thresholds#minShare} of all articles given.
 * Nothing is learned from fewer than {@link Thresholds#minCorpus} articles.
 */
public final class BoilerplateLearner {

    /**
     * The learning thresholds.
     *
     * @param minCorpus fewest articles to learn from at all
     * @param minArticles fewest articles a unit must occur in
     * @param minShare smallest share of the articles a unit must occur in
     * @param minChars shortest unit considered
     * @param maxChars longest unit considered (long units are content, even when syndicated)
     */
    public record Thresholds(int minCorpus, int minArticles, double minShare, int minChars, int maxChars) {

        /** 5 articles at least; a unit in 3 articles and 20% of them; 10 to 300 characters. */
        public static Thresholds defaults() {
            return new Thresholds(5, 3, 0.2, 10, 300);
        }
    }

    private final Thresholds thresholds;

    public BoilerplateLearner() {
        this(Thresholds.defaults());
    }

    public BoilerplateLearner(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** Learns from the plain texts of one source's articles. */
    public LearnedBoilerplate learn(List<String> articleTexts) {
        int n = articleTexts.size();
        if (n < thresholds.minCorpus()) {
            return new LearnedBoilerplate(List.of(), n);
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (String text : articleTexts) {
            Set<String> seen = new HashSet<>();
            for (String paragraph : TextUnits.paragraphs(text)) {
                consider(paragraph, seen, shown);
                for (String sentence : TextUnits.sentences(paragraph)) {
                    consider(sentence, seen, shown);
                }
            }
            seen.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(thresholds.minArticles(), (int) Math.ceil(thresholds.minShare() * n));
        List<LearnedBoilerplate.Entry> entries = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count >= needed) {
                entries.add(new LearnedBoilerplate.Entry(shown.getOrDefault(key, key), count));
            }
        });
        entries.sort(Comparator.comparingInt(LearnedBoilerplate.Entry::articles)
                .reversed()
                .thenComparing(LearnedBoilerplate.Entry::text));
        return new LearnedBoilerplate(entries, n);
    }

    private void consider(String unit, Set<String> seen, Map<String, String> shown) {
        if (unit.length() < thresholds.minChars() || unit.length() > thresholds.maxChars()) {
            return;
        }
        String key = TextUnits.key(unit);
        if (!key.isEmpty() && seen.add(key)) {
            shown.putIfAbsent(key, unit);
        }
    }
}
