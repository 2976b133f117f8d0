package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Rules of the body cascade, each on a small page made for it. */
class BodyRulesTest {

    private static final URI URL = URI.create("https://courier.example/news/story");

    private static final String PROSE = "<p>Officials said the work would continue through the weekend, with extra"
            + " crews brought in from the neighbouring district, and that residents should expect delays.</p>";

    private static String text(String html) {
        Extraction result = new Extractor().extract(html, URL);
        assertThat(result).isInstanceOf(ExtractedArticle.class);
        return ((ExtractedArticle) result).text();
    }

    @Test
    void aHiddenElementHoldingThePageStreamedByAScriptIsKept() {
        String html = "<body><div hidden id='S:0'><main>" + PROSE.repeat(3)
                + "<p>The bridge will reopen on Friday morning after the final inspection.</p></main></div>"
                + "<div hidden><p>Sign in to continue</p></div></body>";

        assertThat(text(html)).contains("The bridge will reopen").doesNotContain("Sign in");
    }
}
