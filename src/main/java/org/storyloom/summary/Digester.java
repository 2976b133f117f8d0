package org.storyloom.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyloom.model.QuoteMention;

/** Computes a story's digest: the one entry point the pipeline and the command line call. */
public final class Digester {

    /** Raised whenever a change to this stage changes what it outputs, so stored digests are recomputed. */
    public static final int VERSION = 3;

    /** "Latest" covers the articles of the last day before the story's newest one. */
    private static final Duration LATEST = Duration.ofHours(24);

    /** Suggested questions per story. */
    private static final int QUESTIONS = 5;

    private final StorySentences sentences;
    private final KeyPoints keyPoints;
    private final StoryBrief brief;
    private final Coverage coverage;
    private final Timeline timeline;
    private final SuggestedQuestions suggestions;

    public Digester(StorySentences sentences) {
        this.sentences = sentences;
        this.keyPoints = new KeyPoints(KeyPoints.Config.defaults());
        this.brief = new StoryBrief(StoryBrief.Config.defaults());
        this.coverage = new Coverage();
        this.timeline = new Timeline(new DateMentions());
        this.suggestions = new SuggestedQuestions(new QuestionAnswerer());
    }

    /** A digest that says nothing, for a story that could not be summarised. */
    public static StoryDigest empty() {
        return new StoryDigest(
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                new Perspectives(List.of(), List.of()),
                List.of());
    }

    /** The digest of a story from its articles (any order) and the quotes found in them, by article id. */
    public StoryDigest digest(List<SourceArticle> articles, Map<String, List<QuoteMention>> quotes) {
        List<List<StorySentence>> split = sentences.of(articles);
        Map<String, List<CitedSentence>> points = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            points.put(
                    articles.get(a).id(),
                    keyPoints.of(split.get(a), articles.get(a).title()));
        }
        return new StoryDigest(
                brief.of(split),
                List.of(),
                latest(articles, split),
                points,
                timeline.of(articles, split),
                coverage.of(articles, split, quotes),
                suggestions.suggest(AnswerIndex.of(split), QUESTIONS, speakers(quotes)).stream()
                        .map(SuggestedQuestions.Suggestion::question)
                        .toList());
    }

    private static Set<String> speakers(Map<String, List<QuoteMention>> quotes) {
        Set<String> out = new HashSet<>();
        quotes.values().forEach(list -> list.forEach(q -> out.add(q.speaker())));
        return out;
    }

    private List<CitedSentence> latest(List<SourceArticle> articles, List<List<StorySentence>> split) {
        Instant newest = articles.stream()
                .map(SourceArticle::published)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        if (newest == null) {
            return List.of();
        }
        Instant since = newest.minus(LATEST);
        boolean earlier = articles.stream()
                .anyMatch(a -> a.published() != null && !a.published().isAfter(since));
        return earlier ? brief.newSince(articles, split, since) : List.of();
    }
}
