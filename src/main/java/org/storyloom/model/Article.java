package org.storyloom.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored article. {@code contentHtml} is sanitised; {@code text} is its plain text. */
public record Article(
        long id,
        long feedId,
        long sourceId,
        String url,
        String guid,
        String title,
        @Nullable String author,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String summary,
        @Nullable String contentHtml,
        @Nullable String text,
        @Nullable String language,
        Instant fetchedAt) {}
