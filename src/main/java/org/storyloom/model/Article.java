package org.storyloom.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored article. {@code contentHtml} and {@code text} are the feed's body (sanitised HTML and its plain text);
 * {@code pageHtml} and {@code pageText} the body extracted from the article's page, when it was fetched;
 * {@code shown} says which one a reader sees.
 */
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
        Instant fetchedAt,
        @Nullable String pageHtml,
        @Nullable String pageText,
        ShownBody shown) {

    /** The HTML a reader sees. */
    public @Nullable String shownHtml() {
        return shown == ShownBody.PAGE && pageHtml != null ? pageHtml : contentHtml;
    }

    /** The plain text a reader sees. */
    public @Nullable String shownText() {
        return shown == ShownBody.PAGE && pageText != null ? pageText : text;
    }
}
