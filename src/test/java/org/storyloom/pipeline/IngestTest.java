package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchConfig;
import org.storyloom.fetch.Fetcher;
import org.storyloom.fetch.NetworkPolicy;
import org.storyloom.model.Article;
import org.storyloom.model.ArticleListing;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.Subscriptions.SubscribeResult;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** Subscribing and refreshing against a real loopback server and a real SQLite file. */
class IngestTest {

    private static final String DATE = "Sun, 29 Nov 2026 10:00:00 GMT";

    @TempDir
    Path dir;

    private FeedServer server;
    private SqliteStore store;
    private Fetcher fetcher;
    private FeedRefresher refresher;
    private FeedSubscriptions subscriptions;

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        FetchConfig config = FetchConfig.defaults()
                .withNetworkPolicy(NetworkPolicy.of(List.of("127.0.0.1/32")))
                .withPoliteness(2, Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
        fetcher = new Fetcher(config, InstantSource.system());
        FeedParser parser = new FeedParser();
        refresher = new FeedRefresher(
                store,
                fetcher,
                parser,
                RefreshPolicy.defaults(),
                new FullTextPolicy(),
                new IngestMetrics(new PrometheusRegistry()),
                InstantSource.system());
        subscriptions = new FeedSubscriptions(store, fetcher, parser, refresher, InstantSource.system());
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        store.close();
        server.close();
    }

    @Test
    void subscribingStoresEntriesAndReingestingCreatesNoDuplicates() {
        server.put("/feed.xml", "application/rss+xml", twoItems("First title"));
        SubscribeResult r = subscriptions.subscribe(server.url("/feed.xml"), "World");
        assertThat(r).isInstanceOf(SubscribeResult.Subscribed.class);
        Feed feed = ((SubscribeResult.Subscribed) r).feed();
        assertThat(feed.title()).isEqualTo("Test Daily");
        assertThat(feed.category()).isEqualTo("World");
        assertThat(feed.state().etag()).isNotNull();
        assertThat(store.countArticles()).isEqualTo(2);

        RefreshReport again = refresher.refresh(store.findFeed(feed.id()).orElseThrow());
        assertThat(again.outcome()).isEqualTo("not-modified");
        assertThat(store.findFeed(feed.id()).orElseThrow().state().etag())
                .isEqualTo(feed.state().etag());

        long id = store.latestArticles(10, 0).stream()
                .filter(a -> a.url().endsWith("/a"))
                .findFirst()
                .orElseThrow()
                .id();
        server.put("/feed.xml", "application/rss+xml", twoItems("Corrected title"));
        RefreshReport edited = refresher.refresh(store.findFeed(feed.id()).orElseThrow());
        assertThat(edited.inserted()).isZero();
        assertThat(edited.updated()).isEqualTo(1);
        assertThat(store.countArticles()).isEqualTo(2);
        assertThat(store.findArticle(id).orElseThrow().title()).isEqualTo("Corrected title");
    }

    @Test
    void storedBodiesAreSanitisedAndHaveText() {
        server.put(
                "/feed.xml",
                "application/rss+xml",
                Feeds.rss(
                        "Test Daily",
                        Feeds.item(
                                "g1",
                                "Hostile",
                                "https://news.example/h?utm_source=rss",
                                DATE,
                                "<p>Leader <a href=\"/k\">Kim Jong Un</a>spoke.</p><script>alert(1)</script>"
                                        + "<img src=x onerror=alert(1)>")));
        subscriptions.subscribe(server.url("/feed.xml"), null);
        ArticleListing listing = store.latestArticles(1, 0).get(0);
        Article a = store.findArticle(listing.id()).orElseThrow();
        assertThat(a.url()).isEqualTo("https://news.example/h");
        assertThat(a.contentHtml()).doesNotContain("script", "onerror");
        assertThat(a.text()).startsWith("Leader Kim Jong Un");
    }

    @Test
    void aPageIsSubscribedThroughTheFeedItAdvertises() {
        server.put("/news/feed.xml", "application/rss+xml", twoItems("T"));
        server.put("/news/", "text/html; charset=utf-8", Feeds.page("feed.xml"));
        SubscribeResult r = subscriptions.subscribe(server.url("/news/"), null);
        assertThat(r).isInstanceOf(SubscribeResult.Subscribed.class);
        assertThat(((SubscribeResult.Subscribed) r).feed().url()).isEqualTo(server.url("/news/feed.xml"));
        assertThat(subscriptions.subscribe(server.url("/news/feed.xml"), null))
                .isInstanceOf(SubscribeResult.AlreadySubscribed.class);
    }

    @Test
    void aBrokenFeedRecordsItsErrorAndDoesNotStopTheOthers() {
        server.put("/good.xml", "application/rss+xml", twoItems("T"));
        server.put("/bad.xml", "application/rss+xml", twoItems("T"));
        subscriptions.subscribe(server.url("/bad.xml"), null);
        subscriptions.subscribe(server.url("/good.xml"), null);
        server.fail("/bad.xml", 500);
        server.put("/good.xml", "application/rss+xml", twoItems("New"));

        Feed bad = store.findFeedByUrl(server.url("/bad.xml")).orElseThrow();
        Feed good = store.findFeedByUrl(server.url("/good.xml")).orElseThrow();
        assertThat(refresher.refresh(bad).outcome()).isEqualTo("error");
        assertThat(refresher.refresh(good).updated()).isEqualTo(1);

        Feed after = store.findFeed(bad.id()).orElseThrow();
        assertThat(after.state().lastError()).contains("500");
        assertThat(after.state().consecutiveErrors()).isEqualTo(1);
        assertThat(after.state().nextCheck()).isAfter(after.state().lastAttempt());
    }

    @Test
    void notAFeedAndRefusedAddressesFailWithAReason() {
        server.put("/plain", "text/html", "<html><body>No feeds here</body></html>");
        assertThat(subscriptions.subscribe(server.url("/plain"), null))
                .isInstanceOfSatisfying(
                        SubscribeResult.Failed.class,
                        f -> assertThat(f.reason()).contains("advertises none"));
        assertThat(subscriptions.subscribe("not a url at all", null)).isInstanceOf(SubscribeResult.Failed.class);
        try (Fetcher guarded = new Fetcher(FetchConfig.defaults(), InstantSource.system())) {
            FeedSubscriptions strict =
                    new FeedSubscriptions(store, guarded, new FeedParser(), refresher, InstantSource.system());
            server.put("/feed.xml", "application/rss+xml", twoItems("T"));
            assertThat(strict.subscribe(server.url("/feed.xml"), null)).isInstanceOf(SubscribeResult.Failed.class);
        }
    }

    @Test
    void permanentRedirectUpdatesTheStoredFeedUrl() {
        server.put("/old.xml", "application/rss+xml", twoItems("T"));
        subscriptions.subscribe(server.url("/old.xml"), null);
        server.put("/new.xml", "application/rss+xml", twoItems("T"));
        server.redirect("/old.xml", 301, server.url("/new.xml"));
        Feed feed = store.findFeedByUrl(server.url("/old.xml")).orElseThrow();
        refresher.refresh(feed);
        assertThat(store.findFeed(feed.id()).orElseThrow().url()).isEqualTo(server.url("/new.xml"));
    }

    @Test
    void opmlImportSkipsDuplicatesAndExportRoundTrips() {
        String opml = """
                <?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
                <outline text="World"><outline text="A" type="rss" xmlUrl="https://a.example/feed"/>
                <outline text="Europe"><outline text="B" type="rss" xmlUrl="https://b.example/rss"/></outline></outline>
                <outline text="A again" type="rss" xmlUrl="https://a.example/feed"/>
                </body></opml>
                """;
        Subscriptions.ImportReport report =
                subscriptions.importOpml(opml.getBytes(StandardCharsets.UTF_8), Subscriptions.Progress.none());
        assertThat(report.added()).isEqualTo(2);
        assertThat(store.findFeedByUrl("https://b.example/rss").orElseThrow().category())
                .isEqualTo("World/Europe");
        String exported = subscriptions.exportOpml();
        assertThat(exported).contains("https://a.example/feed", "https://b.example/rss", "Europe");
        Subscriptions.ImportReport again =
                subscriptions.importOpml(exported.getBytes(StandardCharsets.UTF_8), Subscriptions.Progress.none());
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
    }

    private String twoItems(String firstTitle) {
        return Feeds.rss(
                "Test Daily",
                Feeds.item("a", firstTitle, "https://news.example/a", DATE, "<p>Alpha body.</p>"),
                Feeds.item("b", "Second", "https://news.example/b", DATE, "<p>Beta body.</p>"));
    }
}
