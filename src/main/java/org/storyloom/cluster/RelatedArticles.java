package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Related articles and stories, each with the reason a page can show. For an article: first the other
 * articles of its story, one per copy group, outlets not yet listed first, newest first ("same story"); then
 * the lead articles of the nearest other stories by centroid similarity ("also about Kursk and Kim Jong Un").
 * Nothing below {@link #MIN_RELATED} similarity is listed: no filler by recency.
 */
public final class RelatedArticles {

    /** Stories less similar than this are not related. */
    static final double MIN_RELATED = 0.3;

    /** A related article and why. */
    public record Related(String articleId, String storyId, String reason, double score) {}

    /** A related story and why. */
    public record RelatedStory(String storyId, String headline, String reason, double score) {}

    private final StoryClusterer clusterer;

    public RelatedArticles(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    /** Up to {@code limit} articles related to an active article; empty when it is not in the window. */
    public List<Related> forArticle(String articleId, int limit) {
        return clusterer.read(active -> {
            StoryState story = active.byArticle().get(articleId);
            if (story == null) {
                return List.of();
            }
            List<Related> out = new ArrayList<>(sameStory(story, articleId, limit));
            for (Neighbour n : neighbours(active, story)) {
                if (out.size() >= limit) {
                    break;
                }
                Member lead = Snapshots.lead(n.story());
                out.add(new Related(lead.id(), n.story().id, reason(story, n.story(), active.vectorizer()), n.score()));
            }
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        });
    }

    /** Up to {@code limit} active stories related to an active story. */
    public List<RelatedStory> forStory(String storyId, int limit) {
        return clusterer.read(active -> {
            StoryState story = active.stories().get(storyId);
            if (story == null) {
                return List.of();
            }
            List<RelatedStory> out = new ArrayList<>();
            for (Neighbour n : neighbours(active, story)) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(new RelatedStory(
                        n.story().id,
                        Snapshots.lead(n.story()).title(),
                        reason(story, n.story(), active.vectorizer()),
                        n.score()));
            }
            return List.copyOf(out);
        });
    }

    /** The story's other copy groups by their newest article, outlets not yet listed first, at most limit. */
    private static List<Related> sameStory(StoryState story, String articleId, int limit) {
        String ownGroup = null;
        for (Member m : story.members) {
            if (m.id().equals(articleId)) {
                ownGroup = m.copyGroup();
                break;
            }
        }
        List<Member> ordered = new ArrayList<>();
        List<Member> repeats = new ArrayList<>();
        Set<String> outlets = new HashSet<>();
        for (Member m : story.groupHeads()) {
            if (ordered.size() >= limit) {
                break; // what follows would come after these
            }
            if (m.copyGroup().equals(ownGroup)) {
                continue;
            }
            if (m.source() == null || outlets.add(m.source())) {
                ordered.add(m);
            } else {
                repeats.add(m);
            }
        }
        ordered.addAll(repeats);
        return ordered.stream()
                .map(m -> new Related(m.id(), story.id, "same story", 1.0))
                .toList();
    }

    private record Neighbour(StoryState story, double score) {}

    private static List<Neighbour> neighbours(ActiveStories active, StoryState story) {
        ClusterConfig config = active.config();
        List<String> top = story.topTerms(config.candidateTerms());
        String[] terms = top.toArray(String[]::new);
        float[] weights = new float[terms.length];
        int[] which = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = story.termSum.getOrDefault(terms[i], 0.0).floatValue();
            which[i] = i;
        }
        List<Neighbour> out = new ArrayList<>();
        double w = config.embeddingWeight();
        for (StoryState other : active.index().candidates(terms, weights, which, config.maxCandidates())) {
            if (other == story) {
                continue;
            }
            double score = w * story.embeddingCosine(other) + (1 - w) * story.termCosine(other);
            if (score >= MIN_RELATED) {
                out.add(new Neighbour(other, score)); // the reason is worded only for those listed
            }
        }
        out.sort(Comparator.comparingDouble(Neighbour::score).reversed().thenComparingLong(n -> n.story().seq));
        return out;
    }

    /** "also about A and B": the heaviest shared terms, names first. */
    static String reason(StoryState story, StoryState other, TermVectorizer vectorizer) {
        List<String> shared = new ArrayList<>();
        for (String term : story.topTerms(20)) {
            if (other.termSum.containsKey(term) && story.nameTerms.containsKey(term)) {
                shared.add(term);
            }
        }
        for (String term : story.topTerms(20)) {
            if (other.termSum.containsKey(term) && !shared.contains(term)) {
                shared.add(term);
            }
        }
        shared.sort(Comparator.comparingInt((String t) -> t.contains(" ") ? 0 : 1));
        List<List<String>> phrases = new ArrayList<>();
        for (String term : shared) {
            List<String> words = List.of(term.split(" "));
            if (phrases.stream().anyMatch(p -> p.containsAll(words))) {
                continue;
            }
            List<String> joined = null;
            for (List<String> p : phrases) {
                if (words.size() == 2 && p.get(p.size() - 1).equals(words.get(0))) {
                    p.add(words.get(1));
                    joined = p;
                } else if (words.size() == 2 && p.get(0).equals(words.get(1))) {
                    p.add(0, words.get(0));
                    joined = p;
                }
                if (joined != null) {
                    break;
                }
            }
            if (joined == null && phrases.size() < 2) {
                phrases.add(new ArrayList<>(words));
            }
        }
        if (phrases.isEmpty()) {
            return "similar story";
        }
        List<String> written = phrases.stream()
                .map(p -> String.join(" ", p.stream().map(vectorizer::display).toList()))
                .toList();
        return "also about " + String.join(" and ", written);
    }
}
