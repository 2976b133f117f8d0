package org.storyloom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.pipeline.Subscriptions;

/** The whole application on port 0: subscribe to a loopback feed, then read it on the home and article pages. */
class AppTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Loop News</title>
            <link>https://loop.example/</link>
            <item><guid>1</guid><title>Shoigu praises troops in Kursk</title><link>https://loop.example/1</link>
            <pubDate>Sun, 29 Nov 2026 09:00:00 GMT</pubDate>
            <description><![CDATA[<p>Russia's <a href="/s">Sergei Shoigu</a>spoke in Pyongyang.</p>]]></description></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    @Test
    void servesWhatItIngested() throws Exception {
        HttpServer feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feeds.createContext("/rss", ex -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feeds.start();
        AppConfig config = new AppConfig(
                dir, "127.0.0.1", 0, List.of("127.0.0.1/32"), false, Duration.ofMinutes(5), Duration.ofHours(24));
        try (App app = new App(config, InstantSource.system())) {
            int port = app.serve();
            String feedUrl = "http://127.0.0.1:" + feeds.getAddress().getPort() + "/rss";
            assertThat(app.subscriptions().subscribe(feedUrl, null))
                    .isInstanceOf(Subscriptions.SubscribeResult.Subscribed.class);

            HttpClient http = HttpClient.newHttpClient();
            Document home = Jsoup.parse(get(http, "http://127.0.0.1:" + port + "/"));
            assertThat(home.text()).contains("Shoigu praises troops in Kursk", "Loop News");
            assertThat(home.select("time[datetime]")).isNotEmpty();

            String articleHref =
                    home.select("a:contains(Shoigu praises troops)").attr("href");
            Document article = Jsoup.parse(get(http, "http://127.0.0.1:" + port + articleHref));
            assertThat(article.text()).contains("Sergei Shoigu");
            assertThat(get(http, "http://127.0.0.1:" + port + "/healthz")).contains("ok");
            assertThat(get(http, "http://127.0.0.1:" + port + "/metrics"))
                    .contains("storyloom_articles_ingested_total{change=\"inserted\"} 1");
        } finally {
            feeds.stop(0);
        }
    }

    @Test
    void starterFeedsAreAValidOpmlOfPublicFeeds() throws Exception {
        AppConfig config =
                new AppConfig(dir, "127.0.0.1", 0, List.of(), false, Duration.ofMinutes(5), Duration.ofHours(24));
        try (App app = new App(config, InstantSource.system())) {
            Subscriptions.ImportReport r = StarterFeeds.subscribe(app.subscriptions());
            assertThat(r.errors()).isEmpty();
            assertThat(r.added()).isGreaterThanOrEqualTo(6);
            assertThat(app.feeds()).allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
