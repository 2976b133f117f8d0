package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Feed;

class HomePageTest extends WebTestBase {

    @Test
    void emptyStoreInvitesTheReaderToAddFeeds() throws Exception {
        Document doc = page("/");
        assertThat(doc.title()).isEqualTo("Latest articles · Storyloom");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select(".empty a[href=/feeds]")).hasSize(1);
        assertThat(doc.select("li.article")).isEmpty();
    }

    @Test
    void listsArticlesNewestFirstWithSourceAndRelativeTime() throws Exception {
        Feed daily = feed("The Daily", "https://daily.example/feed");
        Feed wire = feed("Wire & Co", "https://wire.example/rss");
        long old = article(daily, "Old news", NOW.minus(Duration.ofDays(3)), "<p>x</p>");
        long fresh = article(wire, "Fresh news", NOW.minus(Duration.ofMinutes(26)), "<p>y</p>");
        long mid = article(daily, "Midday news", NOW.minus(Duration.ofHours(3)), "<p>z</p>");
        long older = article(wire, "Yesterday news", NOW.minus(Duration.ofHours(30)), "<p>z</p>");
        long ancient = article(wire, "Ancient news", NOW.minus(Duration.ofDays(40)), "<p>z</p>");

        Document doc = page("/");

        var rows = doc.select("ol.articles > li.article");
        assertThat(rows.select("h2 a").eachAttr("href"))
                .containsExactly(
                        "/articles/" + fresh,
                        "/articles/" + mid,
                        "/articles/" + older,
                        "/articles/" + old,
                        "/articles/" + ancient);
        assertThat(rows.select(".source").eachText())
                .containsExactly("Wire & Co", "The Daily", "Wire & Co", "The Daily", "Wire & Co");
        assertThat(rows.select("time").eachText())
                .containsExactly("26 minutes ago", "3 hours ago", "yesterday", "3 days ago", "22 Sep 2026");
        assertThat(rows.select("time").eachAttr("datetime").get(0))
                .isEqualTo(NOW.minus(Duration.ofMinutes(26)).toString());
    }

    @Test
    void pagesThroughOlderArticles() throws Exception {
        Feed daily = feed("The Daily", "https://daily.example/feed");
        int total = HomePage.PAGE_SIZE + 5;
        for (int i = 0; i < total; i++) {
            article(daily, "Story " + i, NOW.minus(Duration.ofMinutes(i)), "<p>x</p>");
        }

        Document one = page("/");
        assertThat(one.select("li.article")).hasSize(HomePage.PAGE_SIZE);
        assertThat(one.select("a[rel=next]").attr("href")).isEqualTo("/?page=2");
        assertThat(one.select("a[rel=prev]")).isEmpty();

        Document two = page("/?page=2");
        assertThat(two.title()).isEqualTo("Latest articles, page 2 · Storyloom");
        assertThat(two.select("li.article h2").eachText())
                .containsExactly("Story 30", "Story 31", "Story 32", "Story 33", "Story 34");
        assertThat(two.select("a[rel=prev]").attr("href")).isEqualTo("/?page=1");
        assertThat(two.select("a[rel=next]")).isEmpty();

        assertThat(page("/?page=9").select(".empty").text()).contains("no more articles");
    }

    @Test
    void garbagePageIsABadRequest() throws Exception {
        assertThat(get("/?page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/?page=99999999999").statusCode()).isEqualTo(400);
    }

    @Test
    void titlesAreEscaped() throws Exception {
        Feed daily = feed("<b>Daily</b>", "https://daily.example/feed");
        article(daily, "<script>alert(1)</script> & more", NOW.minus(Duration.ofMinutes(5)), "<p>x</p>");
        var response = get("/");
        assertThat(response.body()).doesNotContain("<script>alert(1)").doesNotContain("<b>Daily</b>");
        Document doc = org.jsoup.Jsoup.parse(response.body());
        assertThat(doc.select("li.article h2").text()).isEqualTo("<script>alert(1)</script> & more");
        assertThat(doc.select(".source").text()).isEqualTo("<b>Daily</b>");
    }
}
