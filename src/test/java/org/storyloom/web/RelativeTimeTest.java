package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private final RelativeTime time = new RelativeTime(InstantSource.fixed(NOW), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "0, just now",
        "44, just now",
        "50, 1 minute ago",
        "120, 2 minutes ago",
        "1560, 26 minutes ago",
        "3599, 59 minutes ago",
        "3600, 1 hour ago",
        "10800, 3 hours ago",
        "86399, 23 hours ago",
        "86400, yesterday",
        "172799, yesterday",
        "172800, 2 days ago",
        "432000, 5 days ago",
        "604800, 25 Oct 2026",
        "-30, now",
        "-300, in 5 minutes",
        "-3600, in 1 hour",
        "-90000, tomorrow",
        "-259200, in 3 days",
        "-864000, 11 Nov 2026",
    })
    void describesLikeAReader(long secondsAgo, String expected) {
        assertThat(time.describe(NOW.minus(Duration.ofSeconds(secondsAgo)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01T10:15:30.123456Z, 2026-11-01T10:15:30Z, '1 Nov 2026, 10:15 Z'"})
    void viewCarriesIsoAndFullForms(Instant t, String iso, String full) {
        var view = time.view(t);
        assertThat(view.iso()).isEqualTo(iso);
        assertThat(view.full()).isEqualTo(full);
        assertThat(view.relative()).isEqualTo("1 hour ago");
    }
}
