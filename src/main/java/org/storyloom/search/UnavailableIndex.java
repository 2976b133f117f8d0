package org.storyloom.search;

import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Stands in for an index that could not be opened (e.g. another process holds it): every call fails with the
 * reason, so ingestion logs and goes on, and a search says why it cannot run.
 */
public final class UnavailableIndex implements SearchIndex {

    private final String reason;

    public UnavailableIndex(String reason) {
        this.reason = reason;
    }

    private SearchException fail() {
        return new SearchException("search: the index is unavailable: " + reason);
    }

    @Override
    public void upsert(List<IndexedArticle> articles) {
        throw fail();
    }

    @Override
    public void delete(Collection<Long> articleIds) {
        throw fail();
    }

    @Override
    public void clear() {
        throw fail();
    }

    @Override
    public void deleteExcept(LongPredicate keep) {
        throw fail();
    }

    @Override
    public SearchResults search(SearchQuery query) {
        throw fail();
    }

    @Override
    public SearchResults nearest(float[] vector, int k, SearchFilter filter) {
        throw fail();
    }

    @Override
    public SearchResults hybrid(SearchQuery query, float[] vector) {
        throw fail();
    }

    @Override
    public SearchResults hybrid(SearchQuery query, float[] vector, double minCosine) {
        throw fail();
    }

    @Override
    public void refresh() {
        throw fail();
    }

    @Override
    public long count() {
        throw fail();
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
