package org.storyloom.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article about to be stored; the store matches it to an existing row by (feed, guid) or by canonical URL. */
public record NewArticle(
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
