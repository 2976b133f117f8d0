package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.extract.Extractor;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchConfig;
import org.storyloom.fetch.Fetcher;
import org.storyloom.fetch.NetworkPolicy;
import org.storyloom.model.Article;
import org.storyloom.model.ShownBody;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** A feed that only teases its articles: the page is fetched (robots.txt respected) and its text shown. */
class FullTextTest {

    private static final String PARAGRAPH = "The delegation met officials in the capital to discuss the grain corridor,"
            + " the future of the port and the reconstruction of the damaged rail bridges along the river. ";

    @TempDir
    Path dir;

    private FeedServer server;
    private SqliteStore store;
    private Fetcher fetcher;
    private FeedSubscriptions subscriptions;
    private FullTextWorker worker;

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        fetcher = new Fetcher(
                FetchConfig.defaults()
                        .withNetworkPolicy(NetworkPolicy.of(List.of("127.0.0.1/32")))
                        .withPoliteness(2, Duration.ZERO),
                InstantSource.system());
        FeedParser parser = new FeedParser();
        FeedRefresher refresher = new FeedRefresher(
                store,
                fetcher,
                parser,
                RefreshPolicy.defaults(),
                new FullTextPolicy(),
                new IngestMetrics(new PrometheusRegistry()),
                InstantSource.system());
        subscriptions = new FeedSubscriptions(store, fetcher, parser, refresher, InstantSource.system());
        worker = new FullTextWorker(store, fetcher, new Extractor(), new FullTextPolicy());
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        store.close();
        server.close();
    }

    @Test
    void aTeaserIsReplacedByThePagesArticleAndTheFeedTextIsKept() {
        server.put("/story", "text/html; charset=utf-8", page("Bridges to be rebuilt", 6));
        serveTeaserFeed("/story");
        subscriptions.subscribe(server.url("/feed.xml"), null);
        assertThat(store.pendingFullText(10)).hasSize(1);

        assertThat(worker.runOnce(10)).isEqualTo(1);

        Article a = store.findArticle(store.latestArticles(1, 0).get(0).id()).orElseThrow();
        assertThat(a.shown()).isEqualTo(ShownBody.PAGE);
        assertThat(a.pageText()).contains("grain corridor").doesNotContain("Cookie settings");
        assertThat(a.text()).contains("Officials met");
        assertThat(a.shownText()).isEqualTo(a.pageText());
        assertThat(store.pendingFullText(10)).isEmpty();
    }

    @Test
    void robotsTxtIsRespectedAndTheFeedTextStaysShown() {
        server.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /story\n");
        server.put("/story", "text/html; charset=utf-8", page("Bridges to be rebuilt", 6));
        serveTeaserFeed("/story");
        subscriptions.subscribe(server.url("/feed.xml"), null);
        worker.runOnce(10);

        Article a = store.findArticle(store.latestArticles(1, 0).get(0).id()).orElseThrow();
        assertThat(a.shown()).isEqualTo(ShownBody.FEED);
        assertThat(a.pageText()).isNull();
        assertThat(server.hits("/story")).isZero();
        assertThat(store.pendingFullText(10)).isEmpty();
    }

    private void serveTeaserFeed(String path) {
        server.put(
                "/feed.xml",
                "application/rss+xml",
                Feeds.rss(
                        "Teasers",
                        Feeds.item(
                                "t1",
                                "Bridges to be rebuilt",
                                server.url(path),
                                "Sun, 29 Nov 2026 10:00:00 GMT",
                                "<p>Officials met on Sunday. <a href=\"" + server.url(path) + "\">Read more</a></p>")));
    }

    private static String page(String title, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>")
                    .append(PARAGRAPH)
                    .append("Paragraph ")
                    .append(i + 1)
                    .append(".</p>\n");
        }
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | Example News</title>
                <meta property="og:title" content="%s"></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>%s</h1><p class="byline">By Jane Doe</p>%s</article>
                <div class="cookie-banner">Cookie settings: we use cookies.</div>
                <footer>Copyright Example News</footer></body></html>
                """.formatted(title, title, title, body);
    }
}
