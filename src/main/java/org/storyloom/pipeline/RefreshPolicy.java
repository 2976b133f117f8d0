package org.storyloom.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.FeedState;

/**
 * When to look at a feed again. A feed's interval follows how often it publishes: the typical gap between its
 * recent entries, halved, so a new entry waits half a gap on average; bounded to [min, max]. A server's
 * Cache-Control max-age and Retry-After are floors. Errors back off exponentially from the current interval.
 */
public final class RefreshPolicy {

    private static final int RECENT_ENTRIES = 20;
    private static final int MAX_BACKOFF_DOUBLINGS = 10;

    private final Duration min;
    private final Duration max;

    public RefreshPolicy(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("pipeline: refresh bounds must satisfy 0 < min <= max");
        }
        this.min = min;
        this.max = max;
    }

    public static RefreshPolicy defaults() {
        return new RefreshPolicy(Duration.ofMinutes(5), Duration.ofHours(24));
    }

    /** After new content: the interval comes from the entries' publish times. */
    public FeedState afterFetched(
            FeedState prev,
            Instant now,
            List<Instant> entryTimes,
            @Nullable Duration maxAge,
            @Nullable String etag,
            @Nullable String lastModified) {
        Duration interval = floor(publishingInterval(entryTimes, now), maxAge);
        return new FeedState(etag, lastModified, now, now, null, 0, interval, now.plus(interval));
    }

    /** After a 304: nothing new, so the interval stretches by a quarter. */
    public FeedState afterNotModified(
            FeedState prev,
            Instant now,
            @Nullable Duration maxAge,
            @Nullable String etag,
            @Nullable String lastModified) {
        Duration interval = floor(bound(prev.refreshInterval().multipliedBy(5).dividedBy(4)), maxAge);
        return new FeedState(etag, lastModified, now, now, null, 0, interval, now.plus(interval));
    }

    /** After 429/503: wait at least what the server asked; validators and interval are kept. */
    public FeedState afterRateLimited(FeedState prev, Instant now, Duration retryAfter) {
        Duration wait = retryAfter.compareTo(prev.refreshInterval()) > 0 ? retryAfter : prev.refreshInterval();
        return new FeedState(
                prev.etag(),
                prev.lastModified(),
                now,
                prev.lastSuccess(),
                "rate limited by the server; retrying after " + wait.toSeconds() + " s",
                prev.consecutiveErrors(),
                prev.refreshInterval(),
                now.plus(wait));
    }

    /** After a failure: interval x 2^errors, capped at max. */
    public FeedState afterError(FeedState prev, Instant now, String reason) {
        int errors = prev.consecutiveErrors() + 1;
        Duration base = bound(prev.refreshInterval());
        Duration wait = base.multipliedBy(1L << Math.min(errors - 1, MAX_BACKOFF_DOUBLINGS));
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        return new FeedState(
                prev.etag(),
                prev.lastModified(),
                now,
                prev.lastSuccess(),
                reason,
                errors,
                prev.refreshInterval(),
                now.plus(wait));
    }

    /** Half the median gap between the most recent entries; max when there are too few to tell. */
    Duration publishingInterval(List<Instant> entryTimes, Instant now) {
        List<Instant> recent = entryTimes.stream()
                .filter(t -> !t.isAfter(now))
                .sorted((a, b) -> b.compareTo(a))
                .limit(RECENT_ENTRIES)
                .toList();
        if (recent.size() < 2) {
            return max;
        }
        long[] gaps = new long[recent.size() - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = Duration.between(recent.get(i + 1), recent.get(i)).toSeconds();
        }
        Arrays.sort(gaps);
        long median = gaps[gaps.length / 2];
        // A feed silent for longer than its usual gap is probably slowing down: let the silence count too.
        long silence = Duration.between(recent.get(0), now).toSeconds();
        return bound(Duration.ofSeconds(Math.max(median, silence / 2) / 2));
    }

    private Duration bound(Duration d) {
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    private Duration floor(Duration interval, @Nullable Duration maxAge) {
        if (maxAge != null && maxAge.compareTo(interval) > 0) {
            return bound(maxAge);
        }
        return interval;
    }
}
