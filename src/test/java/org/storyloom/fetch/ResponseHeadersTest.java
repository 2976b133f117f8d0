package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cache-Control max-age and Retry-After parsing. */
class ResponseHeadersTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void maxAgeAmongOtherDirectives() {
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "public, max-age=600, must-revalidate")))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "Max-Age=\"30\"")))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "max-age=999999999")))
                .isEqualTo(ResponseHeaders.LONGEST);
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "no-cache"))).isNull();
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "max-age=-5")))
                .isNull();
        assertThat(ResponseHeaders.maxAge(headers("Cache-Control", "s-maxage=5")))
                .isNull();
        assertThat(ResponseHeaders.maxAge(headers("Other", "x"))).isNull();
    }

    @Test
    void retryAfterSecondsOrHttpDate() {
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "120"), NOW))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "Wed, 21 Oct 2015 07:30:00 GMT"), NOW))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT"), NOW))
                .as("a date in the past means now")
                .isEqualTo(Duration.ZERO);
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "31536000"), NOW))
                .isEqualTo(ResponseHeaders.LONGEST);
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "tomorrow"), NOW))
                .isNull();
        assertThat(ResponseHeaders.retryAfter(headers("Retry-After", "-1"), NOW))
                .isNull();
        assertThat(ResponseHeaders.retryAfter(headers("Other", "1"), NOW)).isNull();
    }

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
    }
}
