package org.storyloom.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's brief: sentences chosen across all its articles by maximal marginal relevance, so the brief covers what
 * the sources agree on without saying anything twice. A sentence's relevance blends its closeness to the story's
 * centroid (each article weighing the same), a lead prior within its article, and how many other articles report the
 * same thing. Every sentence is cited with each article that reports it.
 */
public final class StoryBrief {

    /** Only an article's first sentences are candidates: news puts what matters first, and it bounds the cost. */
    private static final int LEAD_SENTENCES = 60;

    private final Config config;

    public StoryBrief(Config config) {
        this.config = config;
    }

    /**
     * Tunables.
     *
     * @param baseWords words in the brief of a one-article story
     * @param wordsPerArticle extra words per further article
     * @param maxWords the brief's longest length in words
     * @param leadWeight weight of the lead prior
     * @param leadDecay how fast the lead prior falls with a sentence's position in its article
     * @param supportWeight weight of the share of other articles that report the same thing
     * @param redundancy weight of the similarity to sentences already chosen
     * @param duplicate similarity above which a sentence counts as saying the same thing
     * @param cites similarity above which another article's sentence counts as reporting the same thing
     */
    public record Config(
            int baseWords,
            int wordsPerArticle,
            int maxWords,
            double leadWeight,
            double leadDecay,
            double supportWeight,
            double redundancy,
            double duplicate,
            double cites) {

        public static Config defaults() {
            return new Config(120, 60, 300, 0.5, 0.3, 0.2, 0.6, 0.5, 0.45);
        }
    }

    /** The brief of a story from its articles' sentences (one list per article, as {@link StorySentences} gives). */
    public List<CitedSentence> of(List<List<StorySentence>> articles) {
        List<StorySentence> all = new ArrayList<>();
        articles.forEach(all::addAll);
        return choose(articles, all, wordBudget(articles.size()));
    }

    /**
     * What the articles published after {@code since} add to the story: their sentences that no earlier article
     * already reports, at most a short brief's worth. Empty when nothing new.
     */
    public List<CitedSentence> newSince(
            List<SourceArticle> sources, List<List<StorySentence>> articles, Instant since) {
        List<List<StorySentence>> fresh = new ArrayList<>();
        List<StorySentence> old = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Instant published = sources.get(a).published();
            if (published != null && published.isAfter(since)) {
                fresh.add(articles.get(a));
            } else {
                old.addAll(articles.get(a));
            }
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<StorySentence> all = new ArrayList<>(old);
        fresh.forEach(all::addAll);
        SentenceSpace space = SentenceSpace.of(all, TermVectors.over(all));
        List<List<StorySentence>> novel = new ArrayList<>();
        int next = old.size();
        for (List<StorySentence> article : fresh) {
            List<StorySentence> kept = new ArrayList<>();
            for (StorySentence sentence : article) {
                if (!reportedBefore(space.row(next++), old.size())) {
                    kept.add(sentence);
                }
            }
            novel.add(kept);
        }
        List<StorySentence> candidates = new ArrayList<>();
        novel.forEach(candidates::addAll);
        return choose(novel, candidates, config.baseWords());
    }

    private boolean reportedBefore(float[] similarity, int oldCount) {
        for (int j = 0; j < oldCount; j++) {
            if (similarity[j] >= config.duplicate()) {
                return true;
            }
        }
        return false;
    }

    private int wordBudget(int articles) {
        return Math.min(config.maxWords(), config.baseWords() + config.wordsPerArticle() * Math.max(0, articles - 1));
    }

    private List<CitedSentence> choose(List<List<StorySentence>> articles, List<StorySentence> all, int budget) {
        List<StorySentence> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StorySentence sentence : all) {
            if (sentence.index() < LEAD_SENTENCES
                    && SentenceFilter.showable(sentence)
                    && seen.add(String.join(" ", sentence.terms()))) {
                candidates.add(sentence);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        TermVectors weights = TermVectors.over(all);
        SentenceSpace space = SentenceSpace.of(candidates, weights);
        Map<String, Double> centroid = storyCentroid(articles, weights);
        int articleCount = (int) articles.stream().filter(a -> !a.isEmpty()).count();
        double[] centres = space.dots(centroid);
        double[] relevance = new double[candidates.size()];
        List<Set<String>> reporters = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Set<String> cited = reporters(candidates, space.row(i), i);
            reporters.add(cited);
            double support = articleCount <= 1 ? 0 : (cited.size() - 1) / (double) (articleCount - 1);
            double lead = Math.exp(-config.leadDecay() * candidates.get(i).index());
            relevance[i] = config.leadWeight() * lead
                    + (1 - config.leadWeight()) * centres[i]
                    + config.supportWeight() * support;
        }
        List<Integer> kept = Mmr.select(
                space,
                relevance,
                i -> SentenceFilter.words(candidates.get(i).text()),
                budget,
                config.redundancy(),
                config.duplicate());
        kept.sort(Comparator.comparingInt((Integer i) -> candidates.get(i).index())
                .thenComparingInt(i -> candidates.get(i).article()));
        List<CitedSentence> out = new ArrayList<>(kept.size());
        for (int i : kept) {
            out.add(SentenceFilter.shown(candidates.get(i), List.copyOf(reporters.get(i))));
        }
        return out;
    }

    /** The sentence's own article first, then every other article with a sentence close enough to it. */
    private Set<String> reporters(List<StorySentence> candidates, float[] similarity, int i) {
        Set<String> out = new LinkedHashSet<>();
        out.add(candidates.get(i).articleId());
        for (int j = 0; j < candidates.size(); j++) {
            if (j != i && similarity[j] >= config.cites()) {
                out.add(candidates.get(j).articleId());
            }
        }
        return out;
    }

    private static Map<String, Double> storyCentroid(List<List<StorySentence>> articles, TermVectors weights) {
        List<Map<String, Double>> perArticle = new ArrayList<>();
        for (List<StorySentence> article : articles) {
            List<String> terms = new ArrayList<>();
            article.forEach(s -> terms.addAll(s.terms()));
            if (!terms.isEmpty()) {
                perArticle.add(weights.vector(terms));
            }
        }
        return TermVectors.centroid(perArticle);
    }
}
