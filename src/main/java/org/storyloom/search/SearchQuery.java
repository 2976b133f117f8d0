package org.storyloom.search;

/**
 * A full-text search: words (quotes for a phrase, {@code -word} to exclude, {@code word*} for a prefix), filters and
 * a page. Every word must match, in the title or the text. A blank text lists every article the filter lets
 * through, newest first.
 */
public record SearchQuery(String text, SearchFilter filter, int offset, int limit) {

    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("search: need offset >= 0 and limit 1.." + MAX_LIMIT);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilter.none(), 0, 20);
    }

    public SearchQuery withFilter(SearchFilter f) {
        return new SearchQuery(text, f, offset, limit);
    }

    public SearchQuery withPage(int from, int size) {
        return new SearchQuery(text, filter, from, size);
    }
}
