package org.storyloom.search;

import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A searchable copy of the store's articles, kept in step with it and rebuildable from it. Safe for concurrent use.
 * Writes are visible to searches once they return. Failures throw {@link SearchException}.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces these articles (by id) in one go. */
    void upsert(List<IndexedArticle> articles);

    /** Removes these articles; unknown ids are ignored. */
    void delete(Collection<Long> articleIds);

    /** Removes every article. */
    void clear();

    /** Removes every article whose id {@code keep} refuses (after a rebuild that upserted over the old index). */
    void deleteExcept(LongPredicate keep);

    /** BM25 full-text search over title (boosted) and text, with highlights. */
    SearchResults search(SearchQuery query);

    /** The {@code k} articles whose vectors are nearest to {@code vector} (cosine), among those the filter admits. */
    SearchResults nearest(float[] vector, int k, SearchFilter filter);

    /**
     * Full-text and vector results fused by reciprocal rank (each list adds 1 / (60 + rank)); the query's page is
     * taken from the fused list. A blank query text ranks by the vector alone.
     */
    SearchResults hybrid(SearchQuery query, float[] vector);

    /**
     * Like {@link #hybrid(SearchQuery, float[])}, but the vector list keeps only articles whose cosine similarity to
     * {@code vector} is at least {@code minCosine}, so a query that matches nothing does not list the whole index.
     */
    SearchResults hybrid(SearchQuery query, float[] vector, double minCosine);

    /** Makes every finished write visible now (writes already refresh; this is for callers that batch). */
    void refresh();

    /** How many articles the index holds. */
    long count();

    @Override
    void close();
}
