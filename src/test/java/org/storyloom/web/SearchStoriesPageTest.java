package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.Embedder;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.SearchIndexer;
import org.storyloom.pipeline.StoryIndexer;

/** {@code /search} with the real model: matching stories above the articles, hybrid ranking, filters kept. */
class SearchStoriesPageTest extends WebTestBase {

    private static OnnxEmbedder model;

    @BeforeAll
    static void load() {
        model = new OnnxEmbedder(1, 16, 128);
    }

    @AfterAll
    static void unload() {
        model.close();
    }

    @Override
    Embedder embedder() {
        return model;
    }

    private void corpus() {
        Feed herald = feed("Coastal Herald", "https://herald.example/feed.xml");
        Feed ledger = feed("Daily Ledger", "https://ledger.example/feed.xml");
        Feed post = feed("Morning Post", "https://post.example/feed.xml");
        String fire = "<p>A fire broke out at the harbour warehouse on Monday night; firefighters fought the blaze"
                + " for six hours.</p>";
        article(herald, "Harbour fire destroys warehouse", NOW.minusSeconds(7200), fire);
        article(ledger, "Warehouse blaze at the harbour", NOW.minusSeconds(5400), fire);
        article(
                post,
                "Crews battle huge flames at the docks",
                NOW.minusSeconds(3600),
                "<p>Flames tore through a storage building by the docks overnight, crews said.</p>");
        article(
                ledger,
                "Council approves budget",
                Instant.parse("2026-10-02T10:00:00Z"),
                "<p>The council voted on the budget after a debate.</p>");
        InstantSource clock = InstantSource.fixed(NOW);
        StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), model.dimensions());
        StoryStage stage = new StoryStage(new Deduplicator(DedupConfig.defaults()), model, clusterer, clock, 100);
        ArticleBodies bodies = new ArticleBodies(store);
        new StoryIndexer(
                        store,
                        stage,
                        clusterer,
                        bodies,
                        clock,
                        Duration.ofDays(60),
                        new SearchIndexer(store, bodies, search))
                .runOnce(100);
    }

    @Test
    void storiesComeFirstWithHeadlineSourcesNewestTimeAndLink() throws Exception {
        corpus();
        Document page = page("/search?q=harbour+fire");
        assertThat(page.select("section").eachAttr("class")).containsSubsequence("search-stories", "search-articles");
        Element first = page.select("section.search-stories li.story-row").first();
        assertThat(first).isNotNull();
        java.util.Objects.requireNonNull(first);
        String link = first.select("h3 a").attr("href");
        assertThat(link).matches("/stories/\\d+");
        assertThat(first.select(".sources").text()).isEqualTo("2 sources");
        assertThat(first.select(".matching").text()).isEqualTo("2 matching");
        assertThat(first.select("time").text()).isEqualTo("1 hour ago");
        assertThat(get(link).statusCode()).isEqualTo(200);
        // hybrid: the docks article shares no word with the query but is near in meaning
        List<String> titles = page.select("li.article h3").eachText();
        assertThat(titles).contains("Crews battle huge flames at the docks");
        assertThat(titles).doesNotContain("Council approves budget");
    }

    @Test
    void filtersStillApplyAndANonsenseQueryFindsNothing() throws Exception {
        corpus();
        Document filtered = page("/search?q=harbour+fire&from=2026-10-01&to=2026-10-03");
        assertThat(filtered.select("li.article")).isEmpty();
        assertThat(filtered.select("section.search-stories")).isEmpty();
        Document nothing = page("/search?q=zxqvw");
        assertThat(nothing.select(".empty").text()).contains("No article matches");
        assertThat(nothing.select("section.search-stories")).isEmpty();
    }
}
