package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.StoryService;

class OperationsTest extends WebTestBase {

    @Test
    void healthzCountsArticlesAndFeeds() throws Exception {
        Feed feed = feed("Alpha", "https://alpha.example/feed");
        article(feed, "One", NOW.minus(Duration.ofMinutes(1)), "<p>1</p>");
        HttpResponse<String> response = get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"articles\":1,\"feeds\":1}");
    }

    @Test
    void aFailingStoreGives503HealthAndAFriendly500Page() throws Exception {
        store.close();
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"unavailable\"");

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(500);
        Document doc = Jsoup.parse(home.body());
        assertThat(doc.title()).isEqualTo("Something went wrong · Storyloom");
        assertThat(home.body()).doesNotContain("Exception", "at org.", "sqlite");
    }

    @Test
    void metricsCountRequestsByRouteAndStatus() throws Exception {
        get("/");
        get("/articles/12345");
        get("/articles/abc");
        get("/no/such/page");
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .contains("# TYPE http_requests_total counter")
                .contains("http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 1.0")
                .contains("http_requests_total{method=\"GET\",route=\"/articles/{id}\",status=\"404\"} 1.0")
                .contains("http_requests_total{method=\"GET\",route=\"/articles/{id}\",status=\"400\"} 1.0")
                .contains("http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1.0")
                .contains("# TYPE http_request_duration_seconds histogram")
                .contains("http_request_duration_seconds_count{method=\"GET\",route=\"/\"} 1");
    }

    @Test
    void stoppingTheServerReleasesItsMetrics() {
        server.stop();
        WebServer again = new WebServer(
                new WebConfig("127.0.0.1", 0),
                store,
                new StoreSubscriptions(store, java.time.InstantSource.fixed(NOW)),
                new ArticleBodies(store),
                new StoryService(store, new RelatedArticles(new StoryClusterer(ClusterConfig.defaults(), 384))),
                new org.storyloom.pipeline.SearchService(search, store, null),
                registry,
                java.time.InstantSource.fixed(NOW));
        assertThat(again.start()).isPositive();
        again.stop();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/feeds");
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'", "frame-ancestors 'none'")
                        .doesNotContain("script-src", "unsafe-inline"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("label[for=url]")).hasSize(1);
        assertThat(doc.select("nav a[aria-current=page]").text()).isEqualTo("Feeds");
    }

    @Test
    void staticFilesAreServedWithCachingHeaders() throws Exception {
        HttpResponse<String> css = get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(css.body()).contains("prefers-color-scheme");

        HttpResponse<String> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.uri().getPath()).isEqualTo("/static/favicon.svg");
    }

    @Test
    void largePagesAreGzipped() throws Exception {
        Feed feed = feed("Alpha", "https://alpha.example/feed");
        for (int i = 0; i < 20; i++) {
            article(feed, "A fairly long headline number " + i, NOW.minus(Duration.ofMinutes(i)), "<p>x</p>");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Accept-Encoding", "gzip")
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(response.body())).contains("A fairly long headline number 19");
    }

    @Test
    void unknownPathsGetTheFriendly404Page() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.title()).isEqualTo("Page not found · Storyloom");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("main a[href=/]")).hasSize(1);
        assertThat(get("/static/missing.css").statusCode()).isEqualTo(404);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
