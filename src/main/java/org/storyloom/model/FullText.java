package org.storyloom.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of fetching and extracting an article's page. The feed's text is always kept; {@code shown} says
 * which of the two a reader sees. On failure {@code error} says why and the feed's text stays shown.
 */
public record FullText(
        long articleId,
        @Nullable String pageHtml,
        @Nullable String pageText,
        ShownBody shown,
        @Nullable String author,
        @Nullable String language,
        @Nullable Instant published,
        @Nullable String error) {

    public static FullText failed(long articleId, String error) {
        return new FullText(articleId, null, null, ShownBody.FEED, null, null, null, error);
    }
}
