package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final URI URL = URI.create("https://courier.example/news/2031/03/14/fire");

    private final Extractor extractor = new Extractor();

    private ExtractedArticle article(String html) {
        Extraction result = extractor.extract(html, URL);
        assertThat(result).isInstanceOf(ExtractedArticle.class);
        return (ExtractedArticle) result;
    }

    private static String page(String body) {
        String prose = "<p>Officials said the work would continue through the weekend, with extra crews brought in"
                + " from the neighbouring district, and that residents should expect delays on the main road.</p>";
        return "<html><body><article>" + prose + body + prose + "</article></body></html>";
    }

    @Test
    void keepsTheSpaceAfterALinkInsideASentence() {
        String text = article(page("<p>Leader <a href=\"/k\">Kim Jong Un</a> spoke to the troops, the agency"
                        + " reported, and praised their courage in the fighting.</p>"))
                .text();

        assertThat(text).contains("Kim Jong Un spoke").doesNotContain("Unspoke");
    }

    @Test
    void separatesAdjacentBlockLinks() {
        String text = article(page("<p>The report, published on Monday, said the deployment had grown.</p>"
                        + "<div><div><a href=\"/1\">North Korean Troops Revealed</a></div><div><a href=\"/2\">Explosion"
                        + " Kills Four Near Depot</a></div></div><p>The ministry did not comment further on the"
                        + " reports, which were first published by the state agency.</p>"))
                .text();

        assertThat(text).doesNotContain("RevealedExplosion");
    }

    @Test
    void addsASpaceBetweenAdjacentInlineLinks() {
        InlineText inline = new InlineText();
        inline.text("Troops Revealed");
        inline.softBoundary();
        inline.text("Explosion Kills");

        assertThat(inline.take()).isEqualTo("Troops Revealed Explosion Kills");
    }

    @Test
    void blockBoundariesBecomeParagraphBreaks() {
        String text = article(page("<div>First block of text that stands alone.</div><div>Second block.</div>"))
                .text();

        assertThat(text).contains("First block of text that stands alone.\n\nSecond block.");
    }

    @Test
    void sanitisedHtmlHasNoScriptsHandlersOrJavascriptUrls() {
        String html = article(page("<p onclick=\"steal()\">Click <a href=\"javascript:alert(1)\">here</a> to read"
                        + " the full statement from the council, which was issued on Friday evening.</p>"
                        + "<script>alert(2)</script>"))
                .html();

        assertThat(html).doesNotContain("<script").doesNotContain("onclick").doesNotContain("javascript:");
        assertThat(html).contains("<p>");
    }

    @Test
    void emptyAndScriptOnlyPagesAreNoArticle() {
        assertThat(extractor.extract("", URL)).isInstanceOf(NoArticle.class);
        assertThat(extractor.extract("<html><body><script>var x = 1;</script></body></html>", URL))
                .isInstanceOf(NoArticle.class);
    }

    @Test
    void paywalledStubIsNoArticle() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"isAccessibleForFree\":\"False\"}</script></head><body><article><p>Only the first lines of this"
                + " story are shown to readers without a subscription.</p></article></body></html>";

        NoArticle none = (NoArticle) extractor.extract(html, URL);
        assertThat(none.reason()).isEqualTo("extract: paywalled stub");
        assertThat(none.metadata()).extracting(ArticleMetadata::title).isEqualTo("H");
    }

    @Test
    void aPageWithoutArticleTextStillNamesItsHeadline() {
        String html = "<html><head><title>2025 in Review: My favourite games</title></head>"
                + "<body><script>render()</script></body></html>";

        NoArticle none = (NoArticle) extractor.extract(html, URL);
        assertThat(none.reason()).isEqualTo("extract: no article text on the page");
        assertThat(none.metadata()).extracting(ArticleMetadata::title).isEqualTo("2025 in Review: My favourite games");
    }

    @Test
    void goldenPageMetadataComesFromTheCascade() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/extract/golden/harbour-fire.html"));
        ExtractedArticle a = (ExtractedArticle) extractor.extract(bytes, "text/html", URL);

        assertThat(a.title()).isEqualTo("Warehouse fire closes Elmport harbour road");
        assertThat(a.authors()).containsExactly("Maren Solvik", "Tobias Reyne");
        assertThat(a.published()).hasToString("2031-03-14T07:45Z");
        assertThat(a.updated()).hasToString("2031-03-14T11:02Z");
        assertThat(a.siteName()).isEqualTo("The Elmport Courier");
        assertThat(a.language()).isEqualTo("en-gb");
        assertThat(a.canonicalUrl()).hasToString("https://courier.example/news/2031/03/14/warehouse-fire-harbour-road");
        assertThat(a.leadImage()).hasToString("https://courier.example/img/fire-lead.jpg");
        assertThat(a.description()).isEqualTo("Crews fought the blaze for six hours.");
        assertThat(a.blocks())
                .first()
                .isEqualTo(new Block.Figure(
                        "https://courier.example/img/fire-lead.jpg",
                        "Smoke rose over the harbour for most of the morning.",
                        "Photo: Ida Marsh"));
        assertThat(a.blocks()).contains(new Block.Heading(2, "Road to reopen on Friday"));
        assertThat(a.blocks())
                .contains(new Block.ListBlock(
                        false,
                        java.util.List.of(
                                "Route 4 and 4A: diverted via Mill Lane", "Route 9: terminates at the station")));
        assertThat(a.text()).doesNotContain("cookies", "Advertisement", "newsletter", "All rights reserved", "Related");
    }

    @Test
    void metaTagsStandInWhenThereIsNoJsonLd() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/extract/golden/summit-link.html"));
        ExtractedArticle a = (ExtractedArticle) extractor.extract(bytes, null, URL);

        assertThat(a.title()).isEqualTo("Leaders meet at border summit");
        assertThat(a.metadata().byline()).isEqualTo("Dana Whitcombe");
        assertThat(a.published()).hasToString("2031-06-02T18:30-04:00");
        assertThat(a.siteName()).isEqualTo("Northern Ledger");
    }

    @Test
    void structuredArticleBodyRescuesATeaserPage() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/extract/golden/ledger-structured.html"));
        ExtractedArticle a = (ExtractedArticle) extractor.extract(bytes, null, URL);

        assertThat(a.bodySource()).isEqualTo(ExtractedArticle.BodySource.STRUCTURED_DATA);
        assertThat(a.authors()).containsExactly("Osman Keel");
        assertThat(a.published()).hasToString("2031-11-20T00:00Z");
    }
}
