package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchConfig;
import org.storyloom.fetch.Fetcher;
import org.storyloom.fetch.NetworkPolicy;
import org.storyloom.pipeline.IngestScheduler.SchedulerConfig;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** The running scheduler fetches a feed another process added to the same data directory, within seconds. */
class SchedulerTest {

    @TempDir
    Path dir;

    @Test
    void picksUpAFeedAddedByAnotherProcess() throws Exception {
        Path file = dir.resolve("store.sqlite");
        try (FeedServer server = new FeedServer();
                SqliteStore serverStore = new SqliteStore(SqliteConfig.at(file));
                Fetcher fetcher = new Fetcher(
                        FetchConfig.defaults().withNetworkPolicy(NetworkPolicy.of(List.of("127.0.0.1/32"))),
                        InstantSource.system())) {
            server.put(
                    "/feed.xml",
                    "application/rss+xml",
                    Feeds.rss(
                            "Late",
                            Feeds.item("x", "Hello", "https://late.example/x", "Sun, 29 Nov 2026 10:00:00 GMT", "hi")));
            FeedRefresher refresher = new FeedRefresher(
                    serverStore,
                    fetcher,
                    new FeedParser(),
                    RefreshPolicy.defaults(),
                    new FullTextPolicy(),
                    new IngestMetrics(new PrometheusRegistry()),
                    InstantSource.system());
            try (IngestScheduler scheduler = new IngestScheduler(
                    serverStore,
                    refresher,
                    InstantSource.system(),
                    new SchedulerConfig(Duration.ofMillis(100), 4),
                    List.of())) {
                scheduler.start();
                try (SqliteStore cli = new SqliteStore(SqliteConfig.at(file))) {
                    long src = cli.sourceFor("Late", null).id();
                    cli.addFeed(src, server.url("/feed.xml"), null, null, Instant.now());
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (serverStore.countArticles() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
            assertThat(serverStore.countArticles()).isEqualTo(1);
            assertThat(server.hits("/feed.xml")).isEqualTo(1);
            assertThat(serverStore.listFeeds().get(0).state().nextCheck()).isAfter(Instant.now());
        }
    }
}
