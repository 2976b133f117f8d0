package org.storyloom.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Restrictions every hit must meet; all are optional and combine with AND.
 *
 * @param sourceIds any of these sources; empty for all
 * @param from published at or after (inclusive); null for no lower bound
 * @param to published before (exclusive); null for no upper bound
 * @param language this language code; null for any
 * @param facets for each named facet, any of the given values (e.g. "hashtag" -> ["kursk"]); empty for none
 */
public record SearchFilter(
        Set<Long> sourceIds,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String language,
        Map<String, List<String>> facets) {

    public SearchFilter {
        sourceIds = Set.copyOf(sourceIds);
        facets = Map.copyOf(facets);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("search: the date range must end after it starts");
        }
    }

    public static SearchFilter none() {
        return new SearchFilter(Set.of(), null, null, null, Map.of());
    }

    public SearchFilter withSources(Set<Long> ids) {
        return new SearchFilter(ids, from, to, language, facets);
    }

    public SearchFilter withRange(@Nullable Instant start, @Nullable Instant end) {
        return new SearchFilter(sourceIds, start, end, language, facets);
    }

    public SearchFilter withLanguage(@Nullable String code) {
        return new SearchFilter(sourceIds, from, to, code, facets);
    }

    public SearchFilter withFacet(String name, List<String> values) {
        Map<String, List<String>> more = new java.util.HashMap<>(facets);
        more.put(name, List.copyOf(values));
        return new SearchFilter(sourceIds, from, to, language, more);
    }
}
