package org.storyloom.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key points of one article: 3 to 5 sentences chosen by maximal marginal relevance over TF-IDF sentence vectors,
 * where a sentence's relevance blends its closeness to the article's centroid and headline with a lead prior (news
 * puts the gist first), and a sentence too close to one already chosen is passed over. Shown in reading order.
 */
public final class KeyPoints {

    /** Words beyond which a sentence starts to lose relevance. */
    private static final int LONG = 25;

    private final Config config;

    public KeyPoints(Config config) {
        this.config = config;
    }

    /**
     * Tunables.
     *
     * @param count key points for a short article
     * @param max key points for a long one (one more per {@code sentencesPerExtra} sentences beyond the first page)
     * @param leadWeight weight of the lead prior against centrality
     * @param leadDecay how fast the lead prior falls with the sentence's position
     * @param titleWeight weight of closeness to the headline
     * @param redundancy weight of the similarity to sentences already chosen
     * @param duplicate similarity above which a sentence counts as saying the same thing
     * @param lengthPenalty how much a sentence loses per {@code LONG} words beyond {@code LONG}: long sentences
     *     carry more than the gist
     */
    public record Config(
            int count,
            int max,
            double leadWeight,
            double leadDecay,
            double titleWeight,
            double redundancy,
            double duplicate,
            double lengthPenalty) {

        public static Config defaults() {
            return new Config(3, 5, 0.6, 0.35, 0.2, 0.6, 0.5, 0.2);
        }
    }

    /** The key points of an article given its sentences (all from that article) and headline. */
    public List<CitedSentence> of(List<StorySentence> sentences, String title) {
        List<StorySentence> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StorySentence sentence : sentences) {
            if (SentenceFilter.showable(sentence) && seen.add(String.join(" ", sentence.terms()))) {
                candidates.add(sentence);
            }
        }
        if (candidates.size() < config.count()) {
            candidates = fallback(sentences);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        TermVectors weights = TermVectors.over(sentences);
        SentenceSpace space = SentenceSpace.of(candidates, weights);
        List<Map<String, Double>> vectors = new ArrayList<>(candidates.size());
        for (StorySentence sentence : candidates) {
            vectors.add(weights.vector(sentence.terms()));
        }
        Map<String, Double> centroid = TermVectors.centroid(vectors);
        Map<String, Double> headline = weights.vector(StorySentences.terms(title));
        double[] centres = space.dots(centroid);
        double[] heads = space.dots(headline);
        double[] relevance = new double[candidates.size()];
        for (int i = 0; i < relevance.length; i++) {
            double lead = Math.exp(-config.leadDecay() * i);
            double centre = centres[i];
            double head = heads[i];
            double length = Math.max(0, SentenceFilter.words(candidates.get(i).text()) - LONG) / (double) LONG;
            relevance[i] = config.leadWeight() * lead
                    + (1 - config.leadWeight()) * centre
                    + config.titleWeight() * head
                    - config.lengthPenalty() * length;
        }
        List<Integer> chosen =
                Mmr.select(space, relevance, i -> 1, wanted(sentences.size()), config.redundancy(), config.duplicate());
        chosen.sort(Comparator.naturalOrder());
        List<CitedSentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            StorySentence sentence = candidates.get(i);
            out.add(SentenceFilter.shown(sentence, List.of(sentence.articleId())));
        }
        return out;
    }

    /** For a very short article: every sentence that is not page furniture, so it still gets its key points. */
    private static List<StorySentence> fallback(List<StorySentence> sentences) {
        return sentences.stream().filter(SentenceFilter::notFurniture).toList();
    }

    private int wanted(int sentences) {
        int extra = Math.max(0, (sentences - 40) / 20);
        return Math.min(config.max(), config.count() + extra);
    }
}
