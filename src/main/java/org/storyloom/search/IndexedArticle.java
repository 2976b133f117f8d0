package org.storyloom.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one article.
 *
 * @param id the store's article id; upserting the same id again replaces the document
 * @param title the headline
 * @param text the plain text a reader sees
 * @param published when it appeared (the store's shown time); null when unknown
 * @param language a lower-case language code, e.g. "en"; null when unknown
 * @param vector an embedding (384 dims for all-MiniLM-L6-v2); null when none was computed
 * @param facets named keyword values to filter on later, e.g. "hashtag" or "entity"; empty for none
 */
public record IndexedArticle(
        long id,
        String title,
        String text,
        long sourceId,
        String sourceName,
        @Nullable Instant published,
        @Nullable String language,
        float @Nullable [] vector,
        Map<String, List<String>> facets) {

    public IndexedArticle {
        facets = Map.copyOf(facets);
        vector = vector == null ? null : vector.clone();
    }

    public IndexedArticle(
            long id,
            String title,
            String text,
            long sourceId,
            String sourceName,
            @Nullable Instant published,
            @Nullable String language,
            float @Nullable [] vector) {
        this(id, title, text, sourceId, sourceName, published, language, vector, Map.of());
    }

    /** This article with these facets. */
    public IndexedArticle withFacets(Map<String, List<String>> values) {
        return new IndexedArticle(id, title, text, sourceId, sourceName, published, language, vector, values);
    }
}
