package org.storyloom.store;

import java.util.List;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.ArticleListing;
import org.storyloom.model.NewArticle;

/** Articles. Writes are idempotent: the same entry stored twice is one row. */
public interface ArticleStore {

    /**
     * Inserts the article, or updates the row with the same (feed, guid) or the same canonical URL in place,
     * keeping its id.
     */
    Upsert upsertArticle(NewArticle article);

    /** {@link #upsertArticle} for many articles in one transaction: all are stored, or none. */
    List<Upsert> upsertArticles(List<NewArticle> articles);

    Optional<Article> findArticle(long id);

    /** Up to {@code limit} articles with ids above {@code afterId}, by id: pages through every article. */
    List<Article> articlesAfter(long afterId, int limit);

    /** The listings of these articles in the order given, leaving out ids with no article (one query). */
    List<ArticleListing> articleListings(List<Long> ids);

    /** Newest first by publish time (or fetch time when unknown). */
    List<ArticleListing> latestArticles(int limit, int offset);

    /** One source's articles, newest first. */
    List<ArticleListing> latestArticlesOfSource(long sourceId, int limit, int offset);

    long countArticles();

    /** What {@link #upsertArticle} did. */
    record Upsert(long id, Change change) {}

    /** Whether a row was created, changed, or already held the same values. */
    enum Change {
        INSERTED,
        UPDATED,
        UNCHANGED
    }
}
