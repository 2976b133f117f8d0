package org.storyloom.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article as a list shows it: enough for a headline row, without the body. */
public record ArticleListing(
        long id,
        String title,
        String url,
        long sourceId,
        String sourceName,
        @Nullable String summary,
        @Nullable Instant published,
        Instant fetchedAt) {

    /** The time a reader should see: the publish time, or when we first saw it. */
    public Instant shownTime() {
        return published != null ? published : fetchedAt;
    }
}
