package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.model.ArticleListing;
import org.storyloom.model.RelatedArticle;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.nlp.Nlp;
import org.storyloom.store.Store;
import org.storyloom.summary.Answer;
import org.storyloom.summary.StoryDigest;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;

/**
 * What the pages ask about stories: related articles and stories with the reason they are related, never filler
 * by recency. Active stories answer from the clusterer; older ones from the store (same story only).
 */
public final class StoryService {

    /** A story related to another one, and why. */
    public record RelatedStory(StorySummary story, String reason) {}

    private final Store store;
    private final RelatedArticles related;
    private final StoryDigests digests;
    private final StoryAnswers answers;

    /** Answers questions by terms alone, with no language model. */
    public StoryService(Store store, RelatedArticles related) {
        this(
                store,
                related,
                new StoryAnswers(
                        store,
                        new ArticleBodies(store),
                        () -> new StorySentences(Nlp.load()),
                        null,
                        LlmRewrites.off()));
    }

    public StoryService(Store store, RelatedArticles related, StoryAnswers answers) {
        this.store = store;
        this.related = related;
        this.digests = new StoryDigests(store);
        this.answers = answers;
    }

    /** The answer to a reader's question about a story, from its articles; empty when there is no such story. */
    public Optional<Answer> ask(long storyId, String question) {
        return answers.ask(storyId, question);
    }

    /** The stored summary of a story (brief, key points, perspectives), when the digest worker has made one. */
    public Optional<StoryDigest> digest(long storyId) {
        return digests.of(storyId);
    }

    public List<RelatedArticle> relatedArticles(long articleId, int limit) {
        List<RelatedArticle> out = new ArrayList<>();
        List<RelatedArticles.Related> active = related.forArticle(Long.toString(articleId), limit);
        Map<Long, ArticleListing> listed = new HashMap<>();
        for (ArticleListing l : store.articleListings(
                active.stream().map(r -> Long.parseLong(r.articleId())).toList())) {
            listed.put(l.id(), l);
        }
        for (RelatedArticles.Related r : active) {
            ArticleListing l = listed.get(Long.parseLong(r.articleId()));
            if (l != null) {
                out.add(new RelatedArticle(l, r.reason()));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Optional<StoryPlacement> placement = store.placement(articleId);
        if (placement.isEmpty()) {
            return List.of();
        }
        // one article per copy group, newest first, never the article's own group
        StoryPlacement p = placement.get();
        for (StoryArticle a : store.storyCopyGroups(p.storyId(), p.copyGroup(), limit)) {
            out.add(new RelatedArticle(a.article(), "same story"));
        }
        return out;
    }

    public List<RelatedStory> relatedStories(long storyId, int limit) {
        List<RelatedStory> out = new ArrayList<>();
        for (RelatedArticles.RelatedStory r : related.forStory(Long.toString(storyId), limit)) {
            store.findStory(Long.parseLong(r.storyId())).ifPresent(s -> out.add(new RelatedStory(s, r.reason())));
        }
        return out;
    }

    /** The story an article is in, if it has been placed. */
    public Optional<StorySummary> storyOf(long articleId) {
        return store.placement(articleId).flatMap(p -> store.findStory(p.storyId()));
    }
}
