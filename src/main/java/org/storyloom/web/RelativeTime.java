package org.storyloom.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.storyloom.web.view.TimeView;

/**
 * Says how long ago (or how soon) a moment is, the way a reader says it: "just now", "26 minutes ago", "3 hours ago",
 * "yesterday", "5 days ago", then a date. Future moments read "in 5 minutes", "tomorrow", "in 3 days".
 */
final class RelativeTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.ENGLISH);

    private final InstantSource clock;
    private final ZoneId zone;

    RelativeTime(InstantSource clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The view of {@code t}, or null when there is no moment. */
    @Nullable
    TimeView viewOrNull(@Nullable Instant t) {
        return t == null ? null : view(t);
    }

    TimeView view(Instant t) {
        Instant exact = t.truncatedTo(ChronoUnit.SECONDS);
        return new TimeView(exact.toString(), describe(t), FULL.format(t.atZone(zone)));
    }

    String describe(Instant t) {
        Duration d = Duration.between(t, clock.instant());
        if (d.isNegative()) {
            return future(d.negated(), t);
        }
        long minutes = d.toMinutes();
        if (d.toSeconds() < 45) {
            return "just now";
        }
        if (minutes < 60) {
            return plural(Math.max(1, minutes), "minute") + " ago";
        }
        long hours = d.toHours();
        if (hours < 24) {
            return plural(hours, "hour") + " ago";
        }
        if (hours < 48) {
            return "yesterday";
        }
        long days = d.toDays();
        return days < 7 ? days + " days ago" : DATE.format(t.atZone(zone));
    }

    private String future(Duration d, Instant t) {
        if (d.toSeconds() < 45) {
            return "now";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return "in " + plural(Math.max(1, minutes), "minute");
        }
        long hours = d.toHours();
        if (hours < 24) {
            return "in " + plural(hours, "hour");
        }
        if (hours < 48) {
            return "tomorrow";
        }
        long days = d.toDays();
        return days < 7 ? "in " + days + " days" : DATE.format(t.atZone(zone));
    }

    private static String plural(long n, String unit) {
        return n == 1 ? "1 " + unit : n + " " + unit + "s";
    }
}
