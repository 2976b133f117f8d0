package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.Feed;
import org.storyloom.model.NewArticle;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.UnavailableIndex;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** The indexer against a real SQLite store and an in-memory index. */
class SearchIndexerTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    private SqliteStore store;
    private LuceneIndex index;
    private SearchIndexer indexer;
    private Feed feed;

    @BeforeEach
    void open() {
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        index = LuceneIndex.inMemory();
        indexer = new SearchIndexer(store, new ArticleBodies(store), index);
        long source = store.sourceFor("Coastal Herald", null).id();
        feed = store.addFeed(source, "https://herald.example/feed.xml", "Herald", null, NOW)
                .feed();
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private long article(String title, String html) {
        String url = "https://herald.example/"
                + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        NewArticle a = new NewArticle(
                feed.id(), feed.sourceId(), url, url, title, null, NOW, null, null, html, null, "en", NOW);
        return store.upsertArticle(a).id();
    }

    @Test
    void indexesChangedArticlesByIdWithSourceAndShownText() {
        long id = article("Harbour fire", "<p>A fire broke out at the harbour.</p>");
        indexer.changed(List.of(id, 12345L));
        List<SearchHit> hits = index.search(SearchQuery.of("harbour")).hits();
        assertThat(hits).hasSize(1);
        assertThat(hits.getFirst().articleId()).isEqualTo(id);
        assertThat(hits.getFirst().sourceName()).isEqualTo("Coastal Herald");
        assertThat(hits.getFirst().published()).isEqualTo(NOW);
        assertThat(hits.getFirst().snippet().marked("[", "]")).contains("at the [harbour]");
        indexer.changed(List.of(id));
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void reindexRebuildsEverythingInPages() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            ids.add(article("Story number " + i, "<p>Body of story " + i + " about tides.</p>"));
        }
        index.upsert(
                List.of(new org.storyloom.search.IndexedArticle(999_999, "stale", "stale", 1, "x", null, null, null)));
        List<int[]> progress = new ArrayList<>();
        SearchIndexer.Reindexed done = indexer.reindexAll((d, t) -> progress.add(new int[] {d, t}));
        assertThat(done).isEqualTo(new SearchIndexer.Reindexed(450, 0));
        assertThat(index.count()).isEqualTo(450);
        assertThat(index.search(SearchQuery.of("tides")).total()).isEqualTo(450);
        assertThat(index.search(SearchQuery.of("stale")).total()).isZero();
        assertThat(progress.getLast()).containsExactly(450, 450);
        assertThat(ids).hasSize(450);
    }

    @Test
    void aBrokenIndexNeverStopsIngestion() {
        SearchIndexer broken = new SearchIndexer(store, new ArticleBodies(store), new UnavailableIndex("test"));
        long id = article("Quiet day", "<p>Nothing happened.</p>");
        broken.changed(List.of(id));
        assertThat(store.findArticle(id)).isPresent();
    }
}
