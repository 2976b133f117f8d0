package org.storyloom.web.view;

import org.jspecify.annotations.Nullable;

/** One subscription on the feeds page. {@code status} is "ok", "error" or "never fetched". */
public record FeedRow(
        long id,
        String title,
        String url,
        @Nullable String category,
        String status,
        @Nullable TimeView lastSuccess,
        @Nullable String lastError,
        @Nullable TimeView lastAttempt,
        TimeView nextCheck) {

    /** A CSS-class-safe form of the status. */
    public String statusClass() {
        return switch (status) {
            case "ok" -> "ok";
            case "error" -> "error";
            default -> "never";
        };
    }
}
