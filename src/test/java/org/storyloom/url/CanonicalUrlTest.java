package org.storyloom.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://News.Example.COM:443/world/story?utm_source=rss&id=7#comments, https://news.example.com/world/story?id=7",
        "http://example.com, http://example.com/",
        "http://example.com:8080/a?fbclid=x&gclid=y, http://example.com:8080/a",
        "https://example.com/a?b=1&utm_medium=email&c=2, https://example.com/a?b=1&c=2",
        "https://example.com/a%20b?q=a%26b, https://example.com/a%20b?q=a%26b"
    })
    void normalises(String in, String expected) {
        assertThat(CanonicalUrl.of(in)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@example.com", "javascript:alert(1)", "/relative/path", "http://", "ht tp://x"})
    void rejectsWhatIsNotAnAbsoluteWebUrl(String in) {
        assertThat(CanonicalUrl.of(in)).isEmpty();
    }
}
