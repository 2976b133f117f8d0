package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken pages: each returns an article or NoArticle within a time bound and never throws.
 * The folder holds the small inputs; the 50 MB page and the 10,000-deep nesting are generated here.
 */
class HostilePagesTest {

    private static final Path HOSTILE = Path.of("src/test/resources/extract/hostile");
    private static final URI URL = URI.create("https://hostile.example/page");
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final Extractor extractor = new Extractor();

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void survivesEveryHostilePage(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);

        Extraction result = assertTimeoutPreemptively(BOUND, () -> extractor.extract(bytes, null, URL));

        assertThat(result).isNotNull();
    }

    @Test
    void survivesTenThousandLevelsOfNesting() {
        String html = "<html><body>" + "<div><b>".repeat(10_000) + "deep text, with words, in the middle."
                + "</b></div>".repeat(10_000) + "</body></html>";

        Extraction result = assertTimeoutPreemptively(BOUND, () -> extractor.extract(html, URL));

        assertThat(result).isNotNull();
    }

    @Test
    void boundsAFiftyMegabytePage() {
        StringBuilder html = new StringBuilder(52_000_000).append("<html><body><article>");
        String paragraph = "<p>A paragraph of a page that never ends, with commas, and words, and more words.</p>\n";
        while (html.length() < 50_000_000) {
            html.append(paragraph);
        }
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        html.setLength(0);

        Extraction result = assertTimeoutPreemptively(BOUND, () -> extractor.extract(bytes, null, URL));

        assertThat(result).isInstanceOf(ExtractedArticle.class);
        assertThat(((ExtractedArticle) result).text().length())
                .isLessThanOrEqualTo(ExtractorConfig.defaults().maxChars());
    }

    @Test
    void unclosedTagsStillGiveTheText() throws IOException {
        Extraction result = extractor.extract(Files.readAllBytes(HOSTILE.resolve("unclosed-tags.html")), null, URL);

        assertThat(result).isInstanceOf(ExtractedArticle.class);
        assertThat(((ExtractedArticle) result).text()).contains("text in a broken page");
    }
}
