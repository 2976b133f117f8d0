package org.storyloom.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void ampMobileAndTrackingVariantsShareOneKey() {
        String key = UrlKey.of("https://www.paper.example/politics/vote-count").orElseThrow();
        assertThat(UrlKey.of("http://m.paper.example/politics/vote-count/")).contains(key);
        assertThat(UrlKey.of("https://amp.paper.example/politics/vote-count?utm_source=x"))
                .contains(key);
        assertThat(UrlKey.of("https://www.paper.example/amp/politics/vote-count"))
                .contains(key);
        assertThat(UrlKey.of("https://www.paper.example/politics/vote-count/amp"))
                .contains(key);
        assertThat(UrlKey.of("https://www.paper.example/politics/vote-count?outputType=amp"))
                .contains(key);
        assertThat(UrlKey.of("https://www.paper.example/politics/vote-count.amp"))
                .contains(key);
    }

    @Test
    void otherPagesAndJunkDiffer() {
        assertThat(UrlKey.of("https://www.paper.example/politics/vote-count?page=2"))
                .isNotEqualTo(UrlKey.of("https://www.paper.example/politics/vote-count"));
        assertThat(UrlKey.of("https://www.paper.example/politics/example")).isPresent();
        assertThat(UrlKey.of("not a url")).isEmpty();
        assertThat(UrlKey.of("mailto:x@y.example")).isEmpty();
    }
}
