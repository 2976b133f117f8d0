package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Feed;
import org.storyloom.model.NewArticle;

class ArticlePageTest extends WebTestBase {

    private static final String HOSTILE = """
            <h1>Inner heading</h1>
            <p onclick="steal()">Kim Jong Un <a href="/world/korea">spoke</a> on Monday.</p>
            <script>alert('x')</script>
            <img src="chart.png" onerror="alert(1)" alt="Chart">
            <a href="javascript:alert(2)">click me</a>
            <img src="data:image/png;base64,AAAA" alt="inline">
            <iframe src="https://evil.example/"></iframe>
            <p style="position:fixed">Styled</p>
            """;

    @Test
    void showsTitleSourceBylineTimeAndASanitisedBody() throws Exception {
        Feed feed = feed("Newsweek", "https://newsweek.example/rss");
        long id = article(feed, "North Korean Soldiers Praised", NOW.minus(Duration.ofHours(2)), HOSTILE);

        HttpResponse<String> response = get("/articles/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(response.body());

        assertThat(doc.title()).isEqualTo("North Korean Soldiers Praised · Storyloom");
        assertThat(doc.select("article h1").text()).isEqualTo("North Korean Soldiers Praised");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("article .source").text()).isEqualTo("Newsweek");
        assertThat(doc.select("article .byline").text()).isEqualTo("By Ann Writer");
        assertThat(doc.select("article header time").text()).isEqualTo("2 hours ago");
        assertThat(doc.select("article header time").attr("datetime")).isEqualTo("2026-11-01T10:00:00Z");

        var body = doc.select("article .body");
        assertThat(body.text()).contains("Kim Jong Un spoke on Monday.", "Inner heading", "click me", "Styled");
        assertThat(body.select("script, iframe, [onclick], [onerror], [style]")).isEmpty();
        assertThat(body.select("h2").text()).isEqualTo("Inner heading");
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://news.example/world/korea");
        assertThat(body.select("a").attr("rel")).isEqualTo("nofollow noopener");
        assertThat(body.select("a[target]")).isEmpty();
        assertThat(body.select("img").eachAttr("src")).containsExactly("https://news.example/chart.png");
        assertThat(response.body()).doesNotContain("alert(", "steal()", "data:image", "evil.example");

        var original = doc.select("p.original a");
        assertThat(original.attr("href")).isEqualTo("https://news.example/north-korean-soldiers-praised");
        assertThat(original.text()).isEqualTo("Read the original at Newsweek");
    }

    @Test
    void unsafeOriginalAddressIsNotLinked() throws Exception {
        Feed feed = feed("Odd", "https://odd.example/rss");
        NewArticle a = new NewArticle(
                feed.id(),
                feed.sourceId(),
                "javascript:alert(3)",
                "g1",
                "Odd link",
                null,
                null,
                null,
                "<p>Summary only</p>",
                null,
                null,
                null,
                NOW.minus(Duration.ofMinutes(10)));
        long id = store.upsertArticle(a).id();

        Document doc = page("/articles/" + id);
        assertThat(doc.select("p.original")).isEmpty();
        assertThat(doc.select(".byline")).isEmpty();
        assertThat(doc.select("article .body").text()).isEqualTo("Summary only");
        assertThat(doc.select("article header time").text()).isEqualTo("10 minutes ago");
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void unknownArticleIsAFriendly404() throws Exception {
        HttpResponse<String> response = get("/articles/424242");
        assertThat(response.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.title()).isEqualTo("Page not found · Storyloom");
        assertThat(doc.select("main p").eachText().get(0)).contains("no article 424242");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void garbageIdsAreBadRequests() throws Exception {
        for (String id : new String[] {"abc", "-1", "0", "1.5", "99999999999999999999999", "%3Cscript%3E"}) {
            HttpResponse<String> response = get("/articles/" + id);
            assertThat(response.statusCode()).as(id).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).title()).isEqualTo("Bad request · Storyloom");
            assertThat(response.body()).doesNotContain("Exception", "<script>");
        }
    }
}
