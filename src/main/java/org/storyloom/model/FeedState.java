package org.storyloom.model;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the scheduler knows about a feed between fetches: validators for conditional GET, the outcome of the last
 * attempts and when to look again.
 */
public record FeedState(
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable Instant lastAttempt,
        @Nullable Instant lastSuccess,
        @Nullable String lastError,
        int consecutiveErrors,
        Duration refreshInterval,
        Instant nextCheck) {

    /** The state of a feed never fetched: due at {@code now}. */
    public static FeedState initial(Instant now, Duration interval) {
        return new FeedState(null, null, null, null, null, 0, interval, now);
    }
}
