package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@code golden/NAME.html} extracts to exactly the body text in {@code NAME.expected.txt}. */
class GoldenPagesTest {

    static final Path GOLDEN = Path.of("src/test/resources/extract/golden");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void extractsTheExpectedText(Path page) throws IOException {
        Path expected = Path.of(page.toString().replace(".html", ".expected.txt"));
        Extraction result = new Extractor()
                .extract(Files.readAllBytes(page), null, URI.create("https://news.example/" + page.getFileName()));

        assertThat(result).isInstanceOf(ExtractedArticle.class);
        assertThat(((ExtractedArticle) result).text())
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).strip());
    }
}
