package org.storyloom.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;

/** Stories and where each article sits in them. */
public interface StoryStore {

    /** Articles not yet placed in a story, oldest first. */
    List<Article> articlesWithoutStory(int limit);

    /** Placed articles published (or fetched) since {@code since}, in id order, for rebuilding the window. */
    List<Article> placedArticlesSince(Instant since, int limit, long afterId);

    /** The stored placement of an article. */
    Optional<StoryPlacement> placement(long articleId);

    /**
     * In one transaction: writes the placements (replacing earlier ones), upserts the story snapshots and deletes
     * the stories in {@code gone} (merged away or emptied).
     */
    void saveStories(List<StoryPlacement> placements, List<StorySummary> stories, List<Long> gone);

    /** Stories newest first by last update. */
    List<StorySummary> latestStories(int limit, int offset);

    Optional<StorySummary> findStory(long id);

    /** A story's articles, newest first, each with its copy group. */
    List<StoryArticle> storyArticles(long storyId);

    /**
     * The newest article of each copy group of a story, leaving out {@code exceptGroup}, newest first, at most
     * {@code limit}: the first {@code limit} groups {@link #storyArticles} would meet, read without the rest of a
     * big story.
     */
    List<StoryArticle> storyCopyGroups(long storyId, long exceptGroup, int limit);
}
