package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.SearchIndexer;

/** {@code /search} over real HTTP. */
class SearchPageTest extends WebTestBase {

    private void corpus() {
        Feed herald = feed("Coastal Herald", "https://herald.example/feed.xml");
        Feed ledger = feed("Daily Ledger", "https://ledger.example/feed.xml");
        long a = article(
                herald,
                "Harbour fire destroys warehouse",
                NOW.minusSeconds(7200),
                "<p>A fire broke out at the harbour warehouse.</p>");
        long b = article(
                ledger,
                "Council approves budget",
                Instant.parse("2026-10-02T10:00:00Z"),
                "<p>The council debated harbour repairs.</p>");
        new SearchIndexer(store, new ArticleBodies(store), search).changed(List.of(a, b));
    }

    @Test
    void listsMatchesWithSourceTimeAndMarkedSnippet() throws Exception {
        corpus();
        Document page = page("/search?q=fire");
        assertThat(get("/search?q=fire").statusCode()).isEqualTo(200);
        assertThat(page.select("li.article")).hasSize(1);
        assertThat(page.select("li.article h3 mark").text()).isEqualTo("fire");
        assertThat(page.select("li.article .snippet mark").text()).isEqualTo("fire");
        assertThat(page.select("li.article .source").text()).isEqualTo("Coastal Herald");
        assertThat(page.select("li.article time").text()).isEqualTo("2 hours ago");
        assertThat(page.select("li.article h3 a").attr("href")).startsWith("/articles/");
        assertThat(page("/search?q=harbour").select("li.article")).hasSize(2);
        assertThat(page("/search?q=harbour&from=2026-10-01&to=2026-10-02")
                        .select("li.article h3")
                        .text())
                .isEqualTo("Council approves budget");
        assertThat(page("/search?q=volcano").select(".empty").text()).contains("No article matches");
    }

    @Test
    void emptyQueryShowsTheFormAndTheHeaderHasASearchBox() throws Exception {
        Document page = page("/search");
        assertThat(page.select("form.search input[name=q]")).hasSize(1);
        assertThat(page.select("section.search-articles")).isEmpty();
        assertThat(page("/").select("header form.site-search[action=/search] input[name=q]"))
                .hasSize(1);
    }

    @Test
    void hostileQueryIsEscapedAndBadParametersAre400() throws Exception {
        corpus();
        String hostile = "<script>alert(1)</script> \"fire";
        var response = get("/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(get("/search?q=fire&from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=fire&source=abc").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=fire&page=0").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=fire&lang=%3Cx%3E").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=fire&from=2026-10-05&to=2026-10-01").statusCode())
                .isEqualTo(400);
    }
}
