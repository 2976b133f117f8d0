package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.model.NewArticle;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/**
 * Hybrid search and matching stories over a real SQLite store, a real Lucene index and the real model: articles are
 * placed in stories by the stories stage, which stores and indexes their embeddings.
 */
class SearchServiceTest {

    static final Instant T = Instant.parse("2026-11-29T08:00:00Z");
    static final String WIRE = "Russia's security council secretary Sergei Shoigu praised North Korean soldiers who"
            + " fought in the Kursk region during a visit to Pyongyang where he met Kim Jong Un on Wednesday.";
    static final String QUAKE = "A magnitude 6.8 earthquake struck off the coast of northern Japan on Tuesday,"
            + " shaking buildings in Aomori and prompting a tsunami advisory, the meteorological agency said.";
    static final String TREMOR = "Strong shaking was felt across Hokkaido after a powerful undersea tremor; residents"
            + " of coastal towns moved to higher ground until the tsunami warning was lifted.";

    private static OnnxEmbedder model;

    @TempDir
    Path dir;

    private SqliteStore store;
    private LuceneIndex index;
    private long shoigu;
    private long tremor;

    @BeforeAll
    static void load() {
        model = new OnnxEmbedder(1, 16, 128);
    }

    @AfterAll
    static void unload() {
        model.close();
    }

    @BeforeEach
    void fill() {
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        index = LuceneIndex.inMemory();
        add("Wire A", "Shoigu praises North Korean troops for Kursk fighting", WIRE, 0);
        add("Wire B", "North Korean soldiers praised by Russia's Shoigu", WIRE, 5);
        add("Daily C", "Shoigu thanks Kim Jong Un's soldiers for Kursk role", "Sergei Shoigu met Kim Jong Un.", 9);
        add("Daily C", "Strong earthquake hits northern Japan", QUAKE, 12);
        tremor = add("Daily D", "Hokkaido shaken, tsunami warning lifted", TREMOR, 20);
        add("Daily D", "Central bank holds interest rates", "The central bank kept its key rate at 4 percent.", 30);
        place(store, index);
        shoigu = store.placement(1).orElseThrow().storyId();
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void listsTheStoriesOfTheMatchingArticlesBestFirst() {
        SearchService.Found found = new SearchService(index, store, model).find(SearchQuery.of("Shoigu Kursk"), 5);
        assertThat(found.hybrid()).isTrue();
        assertThat(found.stories()).isNotEmpty();
        SearchService.StoryMatch first = found.stories().getFirst();
        assertThat(first.story().id()).isEqualTo(shoigu);
        assertThat(first.matchingArticles()).isEqualTo(3);
        assertThat(first.story().sourceCount()).isEqualTo(3);
        assertThat(found.articles().hits().getFirst().title().text()).contains("Shoigu");

        SearchService.Found second = new SearchService(index, store, model)
                .find(SearchQuery.of("Shoigu Kursk").withPage(1, 1), 5);
        assertThat(second.stories()).isEmpty();
        assertThat(second.articles().hits()).hasSize(1);
    }

    @Test
    void vectorsFindWhatTheWordsMissAndBm25AloneDoesNot() {
        SearchQuery query = SearchQuery.of("earthquake");
        SearchService.Found words = new SearchService(index, store, null).find(query, 5);
        assertThat(words.hybrid()).isFalse();
        assertThat(ids(words)).containsExactly(4L);

        SearchService.Found hybrid = new SearchService(index, store, model).find(query, 5);
        assertThat(hybrid.hybrid()).isTrue();
        assertThat(ids(hybrid)).startsWith(4L).contains(tremor).doesNotContain(1L, 6L);
        // snippets still mark the words that matched
        assertThat(hybrid.articles().hits().getFirst().title().hasMatch()).isTrue();
    }

    @Test
    void aQueryNearNothingFindsNothing() {
        SearchService.Found found = new SearchService(index, store, model).find(SearchQuery.of("zxqvw"), 5);
        assertThat(found.articles().total()).isZero();
        assertThat(found.stories()).isEmpty();
    }

    @Test
    void theQueryMeaningDropsSearchSyntax() {
        assertThat(SearchService.meaningOf("\"harbour fire\" -storm blaz*")).isEqualTo("harbour fire blaz");
        assertThat(SearchService.meaningOf("-only")).isEmpty();
    }

    private static List<Long> ids(SearchService.Found found) {
        return found.articles().hits().stream().map(SearchHit::articleId).toList();
    }

    /** Places every stored article in stories as serve does; the indexer stores and indexes the embeddings. */
    static void place(SqliteStore store, LuceneIndex index) {
        InstantSource clock = InstantSource.fixed(T.plus(Duration.ofHours(1)));
        StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), model.dimensions());
        StoryStage stage = new StoryStage(new Deduplicator(DedupConfig.defaults()), model, clusterer, clock, 100);
        ArticleBodies bodies = new ArticleBodies(store);
        new StoryIndexer(
                        store,
                        stage,
                        clusterer,
                        bodies,
                        clock,
                        Duration.ofDays(3),
                        new SearchIndexer(store, bodies, index))
                .runOnce(100);
    }

    private long add(String source, String title, String text, int minutes) {
        long src = store.sourceFor(source, null).id();
        long feed = store.addFeed(src, "https://" + source.replace(' ', '-') + ".example/rss", null, null, T)
                .feed()
                .id();
        Instant at = T.plus(Duration.ofMinutes(minutes));
        String url = "https://" + source.replace(' ', '-') + ".example/" + Integer.toHexString(title.hashCode());
        return store.upsertArticle(new NewArticle(
                        feed, src, url, url, title, null, at, null, null, "<p>" + text + "</p>", text, "en", at))
                .id();
    }
}
