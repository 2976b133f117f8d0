package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginGuardTest {

    @ParameterizedTest(name = "fetch-site={0} origin={1} referer={2} host={3} -> {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "same-origin, http://news.local:8080, -, news.local:8080, true",
                "-, http://news.local:8080, -, news.local:8080, true",
                "-, http://NEWS.local:8080, -, news.local:8080, true",
                "-, https://news.example, -, news.example, true",
                "-, https://news.example:443, -, news.example, true",
                "-, http://news.example, -, news.example:80, true",
                "-, -, http://news.local:8080/feeds, news.local:8080, true",
                "same-origin, -, -, news.local:8080, true",
                "none, -, -, news.local:8080, true",
                "cross-site, http://news.local:8080, -, news.local:8080, false",
                "same-site, http://news.local:8080, -, news.local:8080, false",
                "-, https://evil.example, -, news.local:8080, false",
                "-, http://news.local:8081, -, news.local:8080, false",
                "-, http://news.local.evil.example:8080, -, news.local:8080, false",
                "-, null, -, news.local:8080, false",
                "same-origin, null, -, news.local:8080, false",
                "-, -, https://evil.example/x, news.local:8080, false",
                "-, -, http://user@news.local:8080/, news.local:8080, false",
                "-, -, -, news.local:8080, false",
                "same-origin, http://news.local:8080, -, -, false",
            })
    void decides(
            @Nullable String fetchSite,
            @Nullable String origin,
            @Nullable String referer,
            @Nullable String host,
            boolean allowed) {
        assertThat(SameOriginGuard.allows(fetchSite, origin, referer, host)).isEqualTo(allowed);
    }
}
