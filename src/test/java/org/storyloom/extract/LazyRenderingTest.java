package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Work the extractor defers or does once: the HTML rendering, and decoding a page without a charset. */
class LazyRenderingTest {

    private static final String PROSE = "<p>Officials said the work would continue through the weekend, with extra"
            + " crews brought in from the neighbouring district, and that residents should expect delays.</p>";

    @Test
    void htmlIsRenderedFromTheBlocksOnceWhenAskedFor() {
        String page = "<html><body><article>" + PROSE + "<p>Second <b>paragraph</b> of the story, long enough to"
                + " count as prose on its own merits.</p><script>alert(1)</script>" + PROSE
                + "</article></body></html>";
        ExtractedArticle a = (ExtractedArticle) new Extractor().extract(page, URI.create("https://a.example/n/1"));

        String html = a.html();
        assertThat(html)
                .isEqualTo(Blocks.safeHtml(a.blocks()))
                .contains("<p>Second paragraph")
                .doesNotContain("alert");
        assertThat(a.html()).isSameAs(html);
        assertThat(a.withBlocks(a.blocks().subList(0, 1)).html())
                .isEqualTo(Blocks.safeHtml(a.blocks().subList(0, 1)));
        assertThat(a).isEqualTo(new ExtractedArticle(a.metadata(), a.blocks(), a.text(), html, a.bodySource()));
    }

    @Test
    void undeclaredPagesAreUtf8OnlyWhenTheirBytesAre() {
        String page = "<html><body><p>Café \ufffd Zürich</p></body></html>";
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
        byte[] latin = "<html><body><p>Café Zürich</p></body></html>".getBytes(Charset.forName("windows-1252"));
        byte[] bomUtf8 = ("\ufeff" + page).getBytes(StandardCharsets.UTF_8);

        assertThat(PageDecoder.decode(utf8, null)).isEqualTo(page);
        assertThat(PageDecoder.decode(latin, null)).contains("Café Zürich").doesNotContain("\ufffd");
        assertThat(PageDecoder.decode(bomUtf8, null)).isEqualTo(page);
    }
}
