package org.storyloom.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;
import org.storyloom.model.NewArticle;
import org.storyloom.model.Source;
import org.storyloom.store.ArticleStore.Change;
import org.storyloom.store.ArticleStore.Upsert;

class SqliteStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    private SqliteStore store;

    @BeforeEach
    void open() {
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sourcesAreFoundByHostIgnoringWww() {
        Source a = store.sourceFor("Example News", "https://www.example.com/");
        Source b = store.sourceFor("Example", "http://example.com/world");
        Source c = store.sourceFor("Other", null);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(c.id()).isNotEqualTo(a.id());
        assertThat(store.listSources()).extracting(Source::name).containsExactly("Example News", "Other");
    }

    @Test
    void addingAFeedTwiceKeepsOneRow() {
        long src = store.sourceFor("S", null).id();
        var first = store.addFeed(src, "https://s.example/feed", "S feed", "World", T0);
        var again = store.addFeed(src, "https://s.example/feed", null, null, T0);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.feed().id()).isEqualTo(first.feed().id());
        assertThat(store.listFeeds()).hasSize(1);
        assertThat(first.feed().category()).isEqualTo("World");
    }

    @Test
    void feedStateRoundTripsAndDrivesDueFeeds() {
        long src = store.sourceFor("S", null).id();
        Feed a = store.addFeed(src, "https://s.example/a", null, null, T0).feed();
        Feed b = store.addFeed(src, "https://s.example/b", null, null, T0).feed();
        FeedState later = new FeedState(
                "\"v1\"", "Sun, 01 Nov 2026 09:00:00 GMT", T0, T0, null, 0, Duration.ofHours(1), T0.plusSeconds(3600));
        store.updateFeedState(a.id(), later);

        assertThat(store.findFeed(a.id()).orElseThrow().state()).isEqualTo(later);
        assertThat(store.dueFeeds(T0, 10)).extracting(Feed::id).containsExactly(b.id());
        assertThat(store.dueFeeds(T0.plusSeconds(3600), 10))
                .extracting(Feed::id)
                .containsExactly(b.id(), a.id());
        assertThat(store.nextDue()).contains(T0);
    }

    @Test
    void permanentRedirectMovesTheUrlUnlessTaken() {
        long src = store.sourceFor("S", null).id();
        Feed a = store.addFeed(src, "http://s.example/a", null, null, T0).feed();
        store.addFeed(src, "https://s.example/b", null, null, T0);
        assertThat(store.updateFeedUrl(a.id(), "https://s.example/a")).isTrue();
        assertThat(store.findFeedByUrl("https://s.example/a")).isPresent();
        assertThat(store.updateFeedUrl(a.id(), "https://s.example/b")).isFalse();
    }

    @Test
    void reingestingCreatesNoDuplicatesAndUpdatesInPlace() {
        long src = store.sourceFor("S", null).id();
        long feed = store.addFeed(src, "https://s.example/feed", null, null, T0)
                .feed()
                .id();
        NewArticle v1 = article(feed, src, "guid-1", "https://s.example/1", "First title");

        Upsert inserted = store.upsertArticle(v1);
        Upsert same = store.upsertArticle(v1);
        Upsert edited = store.upsertArticle(article(feed, src, "guid-1", "https://s.example/1", "Corrected title"));

        assertThat(inserted.change()).isEqualTo(Change.INSERTED);
        assertThat(same).isEqualTo(new Upsert(inserted.id(), Change.UNCHANGED));
        assertThat(edited).isEqualTo(new Upsert(inserted.id(), Change.UPDATED));
        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.findArticle(inserted.id()).orElseThrow().title()).isEqualTo("Corrected title");
    }

    @Test
    void sameUrlFromAnotherFeedIsTheSameArticle() {
        long src = store.sourceFor("S", null).id();
        long f1 = store.addFeed(src, "https://s.example/all", null, null, T0)
                .feed()
                .id();
        long f2 = store.addFeed(src, "https://s.example/world", null, null, T0)
                .feed()
                .id();
        long id = store.upsertArticle(article(f1, src, "g", "https://s.example/1", "T"))
                .id();
        assertThat(store.upsertArticle(article(f2, src, "other-guid", "https://s.example/1", "T"))
                        .id())
                .isEqualTo(id);
        assertThat(store.countArticles()).isEqualTo(1);
    }

    @Test
    void latestIsNewestFirstWithSourceNames() {
        long src = store.sourceFor("Daily", null).id();
        long feed = store.addFeed(src, "https://d.example/feed", null, null, T0)
                .feed()
                .id();
        for (int i = 0; i < 5; i++) {
            NewArticle a = article(feed, src, "g" + i, "https://d.example/" + i, "Story " + i);
            store.upsertArticle(withPublished(a, T0.plusSeconds(60L * i)));
        }
        assertThat(store.latestArticles(3, 0))
                .extracting(l -> l.title() + "@" + l.sourceName())
                .containsExactly("Story 4@Daily", "Story 3@Daily", "Story 2@Daily");
        assertThat(store.latestArticles(3, 3)).hasSize(2);
    }

    @Test
    void listingsComeInTheOrderAskedWithoutUnknownIds() {
        long src = store.sourceFor("Example News", "https://example.com/").id();
        long feed = store.addFeed(src, "https://example.com/feed", null, null, T0)
                .feed()
                .id();
        long a = store.upsertArticle(article(feed, src, "a", "https://example.com/a", "A"))
                .id();
        long b = store.upsertArticle(article(feed, src, "b", "https://example.com/b", "B"))
                .id();
        assertThat(store.articleListings(List.of(b, 999L, a)))
                .extracting(l -> l.id() + " " + l.sourceName())
                .containsExactly(b + " Example News", a + " Example News");
        assertThat(store.articleListings(List.of())).isEmpty();
    }

    @Test
    void removingAFeedKeepsItsArticles() {
        long src = store.sourceFor("S", null).id();
        long feed = store.addFeed(src, "https://s.example/feed", null, null, T0)
                .feed()
                .id();
        long id = store.upsertArticle(article(feed, src, "g", "https://s.example/1", "T"))
                .id();
        assertThat(store.removeFeed(feed)).isTrue();
        assertThat(store.findArticle(id)).isPresent();
        assertThat(store.findArticle(id).orElseThrow().feedId()).isZero();
    }

    @Test
    void aSecondProcessSeesWritesAndCommittedDataSurvivesReopen() throws Exception {
        long src = store.sourceFor("S", null).id();
        try (SqliteStore other = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            other.addFeed(src, "https://s.example/new", null, null, T0);
            assertThat(store.findFeedByUrl("https://s.example/new")).isPresent();
        }
        long feed = store.findFeedByUrl("https://s.example/new").orElseThrow().id();
        store.upsertArticle(article(feed, src, "g", "https://s.example/1", "Kept"));
        store.close();
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        assertThat(store.latestArticles(10, 0)).extracting(l -> l.title()).containsExactly("Kept");
    }

    @Test
    void concurrentWritersFromTwoStoresLoseNothing() throws Exception {
        long src = store.sourceFor("S", null).id();
        long feed = store.addFeed(src, "https://s.example/feed", null, null, T0)
                .feed()
                .id();
        try (SqliteStore other = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                SqliteStore target = i % 2 == 0 ? store : other;
                NewArticle a = article(feed, src, "g" + i, "https://s.example/" + i, "T" + i);
                jobs.add(pool.submit(() -> target.upsertArticle(a)));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        }
        assertThat(store.countArticles()).isEqualTo(200);
    }

    private static NewArticle article(long feed, long src, String guid, String url, String title) {
        return new NewArticle(
                feed, src, url, guid, title, "A. Writer", null, null, "summary", "<p>x</p>", "x", "en", T0);
    }

    private static NewArticle withPublished(NewArticle a, Instant published) {
        return new NewArticle(
                a.feedId(),
                a.sourceId(),
                a.url(),
                a.guid(),
                a.title(),
                a.author(),
                published,
                a.updated(),
                a.summary(),
                a.contentHtml(),
                a.text(),
                a.language(),
                a.fetchedAt());
    }
}
