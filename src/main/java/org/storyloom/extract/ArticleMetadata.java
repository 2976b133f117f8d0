package org.storyloom.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about its article, judged apart from the body.
 *
 * @param byline the authors as the page writes them ("Ana Pires, MD, and Tom Hale")
 *
 * @param published the publication time with the page's own offset (UTC when the page gives only a date)
 */
public record ArticleMetadata(
        @Nullable String title,
        List<String> authors,
        @Nullable String byline,
        @Nullable OffsetDateTime published,
        @Nullable OffsetDateTime updated,
        @Nullable String siteName,
        @Nullable URI canonicalUrl,
        @Nullable String language,
        @Nullable String description,
        @Nullable URI leadImage) {

    public ArticleMetadata {
        authors = List.copyOf(authors);
    }
}
