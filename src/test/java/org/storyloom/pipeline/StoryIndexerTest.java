package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.model.NewArticle;
import org.storyloom.model.RelatedArticle;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StorySummary;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** Stored articles placed in stories with the real model and a real SQLite file; restart keeps the stories. */
class StoryIndexerTest {

    private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");
    private static final String WIRE = "Russia's security council secretary Sergei Shoigu praised North Korean"
            + " soldiers who fought in the Kursk region, saying they fought for the liberation of our land as their"
            + " own, during a visit to Pyongyang where he met Kim Jong Un on Wednesday, state media reported.";
    private static final String QUAKE = "A magnitude 6.8 earthquake struck off the coast of northern Japan on"
            + " Tuesday, shaking buildings in Aomori and prompting a tsunami advisory, the meteorological agency"
            + " said. No major damage was reported.";

    private static OnnxEmbedder model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = new OnnxEmbedder(1, 16, 128);
    }

    @AfterAll
    static void unload() {
        model.close();
    }

    @Test
    void placesArticlesFoldsCopiesAndSurvivesARestart() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long a = add(store, "Wire A", "Shoigu praises North Korean troops for Kursk fighting", WIRE, 0);
            long b = add(store, "Wire B", "North Korean soldiers praised by Russia's Shoigu", WIRE, 5);
            long c = add(
                    store,
                    "Daily C",
                    "Shoigu thanks Kim Jong Un's soldiers for Kursk role in Pyongyang visit",
                    "Sergei Shoigu met Kim Jong Un in Pyongyang and thanked North Korean troops who fought in Kursk,"
                            + " Russian agencies reported on Wednesday.",
                    9);
            long q = add(store, "Daily C", "Strong earthquake hits northern Japan, tsunami advisory issued", QUAKE, 12);

            StoryIndexer indexer = indexer(store);
            assertThat(indexer.runOnce(100)).isEqualTo(4);
            assertThat(indexer.runOnce(100)).isZero();

            long story = store.placement(a).orElseThrow().storyId();
            assertThat(store.placement(b).orElseThrow().storyId()).isEqualTo(story);
            assertThat(store.placement(c).orElseThrow().storyId()).isEqualTo(story);
            assertThat(store.placement(q).orElseThrow().storyId()).isNotEqualTo(story);
            assertThat(store.placement(b).orElseThrow().copyGroup())
                    .isEqualTo(store.placement(a).orElseThrow().copyGroup());

            StorySummary summary = store.findStory(story).orElseThrow();
            assertThat(summary.articleCount()).isEqualTo(3);
            assertThat(summary.sourceCount()).isEqualTo(3);
            assertThat(store.latestStories(10, 0)).hasSize(2);
            assertThat(store.storyArticles(story))
                    .extracting(StoryArticle::copyGroup)
                    .hasSize(3);

            // a restart: a new clusterer rebuilt from stored embeddings; a late article joins the same story
            StoryIndexer restarted = indexer(store);
            assertThat(restarted.warmUp()).isEqualTo(4);
            long late = add(store, "Late D", "Kim Jong Un hosts Shoigu as Moscow praises Kursk troops", WIRE, 30);
            restarted.runOnce(100);
            assertThat(store.placement(late).orElseThrow().storyId()).isEqualTo(story);
        }
    }

    @Test
    void relatedArticlesGiveTheirReason() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long a = add(store, "Wire A", "Shoigu praises North Korean troops for Kursk fighting", WIRE, 0);
            add(
                    store,
                    "Daily C",
                    "Shoigu thanks Kim Jong Un's soldiers for Kursk role",
                    "Sergei Shoigu thanked North Korean troops who fought in Kursk, agencies reported.",
                    9);
            add(store, "Daily C", "Strong earthquake hits northern Japan", QUAKE, 12);
            StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), model.dimensions());
            StoryIndexer indexer = indexer(store, clusterer);
            indexer.runOnce(100);
            List<RelatedArticle> related =
                    new StoryService(store, new RelatedArticles(clusterer)).relatedArticles(a, 5);
            assertThat(related).isNotEmpty();
            assertThat(related.get(0).reason()).isEqualTo("same story");
            assertThat(related.get(0).article().title()).contains("Shoigu thanks");
            assertThat(related)
                    .noneMatch(r -> r.article().title().contains("earthquake")
                            && r.reason().equals("same story"));
        }
    }

    private StoryIndexer indexer(SqliteStore store) {
        return indexer(store, new StoryClusterer(ClusterConfig.defaults(), model.dimensions()));
    }

    private StoryIndexer indexer(SqliteStore store, StoryClusterer clusterer) {
        InstantSource clock = InstantSource.fixed(T.plus(Duration.ofHours(1)));
        StoryStage stage = new StoryStage(new Deduplicator(DedupConfig.defaults()), model, clusterer, clock, 100);
        return new StoryIndexer(
                store, stage, clusterer, new ArticleBodies(store), clock, Duration.ofDays(3), ArticleChanges.none());
    }

    private static long add(SqliteStore store, String source, String title, String text, int minutes) {
        long src = store.sourceFor(source, null).id();
        long feed = store.addFeed(src, "https://" + source.replace(' ', '-') + ".example/rss", null, null, T)
                .feed()
                .id();
        Instant at = T.plus(Duration.ofMinutes(minutes));
        String slug = Integer.toHexString(title.hashCode());
        return store.upsertArticle(new NewArticle(
                        feed,
                        src,
                        "https://" + source.replace(' ', '-') + ".example/" + slug,
                        slug,
                        title,
                        null,
                        at,
                        null,
                        null,
                        "<p>" + text + "</p>",
                        text,
                        "en",
                        at))
                .id();
    }
}
