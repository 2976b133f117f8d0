package org.storyloom.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of a parsed feed. {@code id} is the entry's GUID, or a stable id derived from its link and title when
 * the feed gives none. Links are absolute. {@code content} is the full HTML body when the feed carries one.
 */
public record FeedEntry(
        String id,
        @Nullable String title,
        @Nullable String link,
        @Nullable String author,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String summary,
        @Nullable String content,
        List<String> categories,
        List<Enclosure> enclosures) {

    public FeedEntry {
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
    }
}
