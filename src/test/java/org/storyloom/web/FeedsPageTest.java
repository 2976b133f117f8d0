package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;

class FeedsPageTest extends WebTestBase {

    @Test
    void listsFeedsWithStatusLastErrorAndNextCheck() throws Exception {
        Feed ok = feed("Alpha", "https://alpha.example/feed");
        Feed broken = feed("Beta", "https://beta.example/feed");
        feed("Gamma", "https://gamma.example/feed");
        store.updateFeedState(
                ok.id(),
                new FeedState(
                        null,
                        null,
                        NOW.minus(Duration.ofMinutes(5)),
                        NOW.minus(Duration.ofMinutes(5)),
                        null,
                        0,
                        Duration.ofHours(1),
                        NOW.plus(Duration.ofMinutes(55))));
        store.updateFeedState(
                broken.id(),
                new FeedState(
                        null,
                        null,
                        NOW.minus(Duration.ofHours(2)),
                        NOW.minus(Duration.ofDays(3)),
                        "HTTP 503 <oops>",
                        4,
                        Duration.ofHours(1),
                        NOW.plus(Duration.ofHours(3))));

        Document doc = page("/feeds");

        assertThat(doc.title()).isEqualTo("Feeds · Storyloom");
        var feeds = doc.select("ul.feeds > li.feed");
        assertThat(feeds.select("h3").eachText()).containsExactly("Alpha feed", "Beta feed", "Gamma feed");
        assertThat(feeds.select(".status").eachText()).containsExactly("ok", "error", "never fetched");
        var alpha = feeds.select("#feed-" + ok.id());
        assertThat(alpha.select(".url").text()).isEqualTo("https://alpha.example/feed");
        assertThat(alpha.select(".last-success time").text()).isEqualTo("5 minutes ago");
        assertThat(alpha.select(".next-check time").text()).isEqualTo("in 55 minutes");
        assertThat(alpha.select(".last-error")).isEmpty();
        var beta = feeds.select("#feed-" + broken.id());
        assertThat(beta.select(".last-error").text()).isEqualTo("HTTP 503 <oops> (2 hours ago)");
        assertThat(beta.select(".last-success time").text()).isEqualTo("3 days ago");
        assertThat(beta.select(".next-check time").text()).isEqualTo("in 3 hours");
        assertThat(beta.select(".next-check time").attr("datetime")).isEqualTo("2026-11-01T15:00:00Z");
        assertThat(feeds.select("form.remove").eachAttr("method")).containsOnly("post");
    }

    @Test
    void addFormRoundTripShowsEachOutcomeOnce() throws Exception {
        HttpResponse<String> added =
                postForm("/feeds", Map.of("url", "https://daily.example/rss", "category", "World"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.uri().getPath()).isEqualTo("/feeds");
        Document doc = Jsoup.parse(added.body());
        assertThat(doc.select(".flash-ok").text()).startsWith("Subscribed to https://daily.example/rss");
        assertThat(doc.select("li.feed .url").eachText()).containsExactly("https://daily.example/rss");
        assertThat(doc.select("li.feed .category").text()).isEqualTo("World");
        assertThat(doc.select("li.feed .status").text()).isEqualTo("never fetched");

        assertThat(page("/feeds").select(".flash")).as("shown once").isEmpty();

        Document again = Jsoup.parse(
                postForm("/feeds", Map.of("url", "https://daily.example/rss")).body());
        assertThat(again.select(".flash-ok").text()).startsWith("You are already subscribed to");

        Document failed = Jsoup.parse(postForm("/feeds", Map.of("url", "https://nowhere.invalid/feed"))
                .body());
        assertThat(failed.select(".flash-error").text())
                .isEqualTo("Could not subscribe to https://nowhere.invalid/feed: unknown host nowhere.invalid");

        Document blank = Jsoup.parse(postForm("/feeds", Map.of("url", "  ")).body());
        assertThat(blank.select(".flash-error").text()).startsWith("Enter the address of a feed");
        assertThat(store.listFeeds()).hasSize(1);
    }

    @Test
    void removeButtonUnsubscribes() throws Exception {
        Feed feed = feed("Alpha", "https://alpha.example/feed");
        Document doc = Jsoup.parse(
                postForm("/feeds/" + feed.id() + "/remove", Map.of()).body());
        assertThat(doc.select(".flash-ok").text()).startsWith("Removed Alpha feed");
        assertThat(doc.select("li.feed")).isEmpty();
        assertThat(store.listFeeds()).isEmpty();

        Document twice = Jsoup.parse(
                postForm("/feeds/" + feed.id() + "/remove", Map.of()).body());
        assertThat(twice.select(".flash-error").text()).isEqualTo("That feed was already removed.");
        assertThat(postForm("/feeds/nope/remove", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void crossSitePostsAreRefused() throws Exception {
        Map<String, String> form = Map.of("url", "https://evil.example/feed");
        HttpRequest fromElsewhere = formRequest("/feeds", form)
                .header("Origin", "https://evil.example")
                .build();
        HttpRequest crossSiteFetch = formRequest("/feeds", form)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Origin", base)
                .build();
        HttpRequest foreignReferer = formRequest("/feeds", form)
                .header("Referer", "https://evil.example/page")
                .build();
        HttpRequest noSignal = formRequest("/feeds", form).build();
        HttpRequest nullOrigin =
                formRequest("/feeds", form).header("Origin", "null").build();

        for (HttpRequest r : new HttpRequest[] {fromElsewhere, crossSiteFetch, foreignReferer, noSignal, nullOrigin}) {
            HttpResponse<String> response = send(r);
            assertThat(response.statusCode()).as(r.headers().map().toString()).isEqualTo(403);
            assertThat(Jsoup.parse(response.body()).title()).isEqualTo("Not allowed · Storyloom");
        }
        assertThat(store.listFeeds()).isEmpty();

        HttpRequest sameOriginFetch = formRequest("/feeds", form)
                .header("Sec-Fetch-Site", "same-origin")
                .header("Referer", base + "/feeds")
                .build();
        assertThat(send(sameOriginFetch).statusCode()).isEqualTo(200);
        assertThat(store.listFeeds()).hasSize(1);
    }

    @Test
    void opmlImportShowsTheReport() throws Exception {
        String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Mine</title></head><body>
                  <outline text="World">
                    <outline type="rss" text="A" xmlUrl="https://a.example/feed"/>
                    <outline type="rss" text="B" xmlUrl="https://b.example/feed"/>
                  </outline>
                  <outline type="rss" text="Bad" xmlUrl="https://down.invalid/feed"/>
                </body></opml>
                """;
        feed("Existing", "https://b.example/feed");

        HttpResponse<String> response = send(upload("feeds.opml", opml.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.select(".flash-ok > p").text())
                .isEqualTo("Imported 1 new feed; 1 already subscribed or skipped; 1 problem:");
        assertThat(doc.select(".flash-ok li").eachText())
                .containsExactly("https://down.invalid/feed: unknown host down.invalid");
        assertThat(doc.select("li.feed .url").eachText()).contains("https://a.example/feed");
        assertThat(store.findFeedByUrl("https://a.example/feed").orElseThrow().category())
                .isEqualTo("World");
    }

    @Test
    void opmlImportRefusesJunkAndOversizedFiles() throws Exception {
        Document junk = Jsoup.parse(send(upload("x.opml", "not xml at all".getBytes(StandardCharsets.UTF_8)))
                .body());
        assertThat(junk.select(".flash-error").text()).startsWith("Could not read that file as OPML");

        String padded = "<opml version=\"2.0\"><body><!--" + " ".repeat(3 * 1024 * 1024)
                + "--><outline xmlUrl=\"https://padded.example/feed\"/></body></opml>";
        Document large = Jsoup.parse(send(upload("large.opml", padded.getBytes(StandardCharsets.UTF_8)))
                .body());
        assertThat(large.select(".flash-ok > p").text()).startsWith("Imported 1 new feed");

        byte[] big = new byte[(int) WebRoutes.MAX_UPLOAD_BYTES + 1024];
        HttpResponse<String> tooBig = send(upload("big.opml", big));
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooBig.body()).title()).isEqualTo("Too large · Storyloom");
    }

    @Test
    void exportIsAnOpmlAttachment() throws Exception {
        feed("Alpha", "https://alpha.example/feed?a=1&b=2");
        HttpResponse<String> response = get("/feeds/export.opml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/x-opml"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"storyloom-subscriptions.opml\"");
        Document opml = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(opml.select("outline").eachAttr("xmlUrl")).containsExactly("https://alpha.example/feed?a=1&b=2");
    }

    private HttpRequest upload(String filename, byte[] content) {
        String boundary = "storyloomBoundary7d3";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"opml\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/x-opml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpRequest.newBuilder(URI.create(base + "/feeds/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}
