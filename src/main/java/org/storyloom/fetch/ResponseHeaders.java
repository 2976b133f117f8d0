package org.storyloom.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads the response headers the fetcher acts on: Cache-Control max-age and Retry-After. */
final class ResponseHeaders {

    /** A week: the longest a server can make us wait or trust a cached copy, whatever it claims. */
    static final Duration LONGEST = Duration.ofDays(7);

    private ResponseHeaders() {}

    /** {@code max-age} of the Cache-Control headers, or null when absent or malformed. */
    static @Nullable Duration maxAge(HttpHeaders headers) {
        for (String value : headers.allValues("Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.startsWith("max-age=")) {
                    Long seconds = seconds(d.substring("max-age=".length()).replace("\"", ""));
                    if (seconds != null) {
                        return clamp(Duration.ofSeconds(seconds));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The wait a Retry-After header asks for, in delay-seconds or as an HTTP-date (relative to {@code now}); null
     * when absent or malformed.
     */
    static @Nullable Duration retryAfter(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::trim).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        Long seconds = seconds(value);
        if (seconds != null) {
            return clamp(Duration.ofSeconds(seconds));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : clamp(wait);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Long seconds(String text) {
        if (text.isEmpty() || text.length() > 12 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
