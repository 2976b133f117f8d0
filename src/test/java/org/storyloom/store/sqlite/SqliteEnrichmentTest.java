package org.storyloom.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityKind;
import org.storyloom.model.EntityMention;
import org.storyloom.model.NewArticle;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.ReportAttribution;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.model.TagTrend;

class SqliteEnrichmentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final EntityMention SHOIGU =
            new EntityMention("sergei-shoigu", "Sergei Shoigu", EntityKind.PERSON, List.of("Shoigu"), 0.8);
    private static final EntityMention KURSK = new EntityMention("kursk", "Kursk", EntityKind.PLACE, List.of(), 0.5);

    @TempDir
    Path dir;

    private SqliteStore store;
    private long feed;
    private long source;

    @BeforeEach
    void open() {
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        source = store.sourceFor("Wire", null).id();
        feed = store.addFeed(source, "https://w.example/rss", null, null, NOW)
                .feed()
                .id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void enrichmentRoundTripsAndAVersionBumpAsksForItAgain() {
        long a = article("a", NOW);
        assertThat(store.articlesToEnrich(1, 10)).extracting(Article::id).containsExactly(a);
        Enrichment e = enrichment(a, List.of("#NorthKorea", "#Kursk"), List.of(SHOIGU, KURSK));
        store.saveEnrichments(List.of(e), 1);

        assertThat(store.enrichment(a)).contains(e);
        assertThat(store.articlesToEnrich(1, 10)).isEmpty();
        assertThat(store.articlesToEnrich(2, 10)).extracting(Article::id).containsExactly(a);
    }

    @Test
    void savingAgainReplacesTagsEntitiesAndQuotes() {
        long a = article("a", NOW);
        long story = story(List.of(a));
        store.saveEnrichments(List.of(enrichment(a, List.of("#Old"), List.of(SHOIGU))), 1);
        store.saveEnrichments(List.of(enrichment(a, List.of("#New"), List.of(KURSK))), 2);

        assertThat(store.storyTags(story, 10)).extracting(t -> t.tag()).containsExactly("#New");
        assertThat(store.entity("sergei-shoigu")).isEmpty();
        assertThat(store.storyQuotes(story, 10)).hasSize(1);
    }

    @Test
    void storyTagsAggregateItsArticlesAndTagsFindStoriesIgnoringCase() {
        long a = article("a", NOW.minusSeconds(60));
        long b = article("b", NOW);
        long story = story(List.of(a, b));
        store.saveEnrichments(
                List.of(
                        enrichment(a, List.of("#NorthKorea", "#Kursk"), List.of(SHOIGU)),
                        enrichment(b, List.of("#Kursk"), List.of(SHOIGU, KURSK))),
                1);

        assertThat(store.storyTags(story, 10))
                .extracting(t -> t.tag() + "=" + t.articles())
                .containsExactly("#Kursk=2", "#NorthKorea=1");
        assertThat(store.storiesWithTag("#kursk", 10))
                .extracting(StorySummary::id)
                .containsExactly(story);
        assertThat(store.storyEntities(story, 10))
                .extracting(s -> s.name() + "/" + s.articles())
                .containsExactly("Sergei Shoigu/2", "Kursk/1");
        assertThat(store.entity("sergei-shoigu")).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(s.articles()).isEqualTo(2);
        });
        assertThat(store.storiesWithEntity("kursk", 10))
                .extracting(StorySummary::id)
                .containsExactly(story);
        assertThat(store.quotesBy("sergei-shoigu", 10))
                .extracting(q -> q.articleId())
                .containsExactly(b, a);
    }

    @Test
    void trendingRanksTheTagThatRoseOverItsOwnBaseline() {
        // #Steady: 3 a day all week and 3 today; #Rising: nothing before, 3 today
        int n = 0;
        for (int day = 1; day <= 7; day++) {
            for (int i = 0; i < 3; i++) {
                long id = article("s" + n++, NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(2)));
                store.saveEnrichments(List.of(enrichment(id, List.of("#Steady"), List.of())), 1);
            }
        }
        for (int i = 0; i < 3; i++) {
            long s = article("today-s" + i, NOW.minus(Duration.ofHours(i + 1)));
            long r = article("today-r" + i, NOW.minus(Duration.ofHours(i + 1)));
            store.saveEnrichments(
                    List.of(enrichment(s, List.of("#Steady"), List.of()), enrichment(r, List.of("#Rising"), List.of())),
                    1);
        }
        List<TagTrend> trends = store.trendingTags(NOW, 2, 10);
        assertThat(trends).extracting(TagTrend::tag).containsExactly("#Rising", "#Steady");
        assertThat(trends.get(0).lastDay()).isEqualTo(3);
        assertThat(trends.get(1).dailyBaseline()).isEqualTo(3.0);
        assertThat(store.trendingTags(NOW, 4, 10)).isEmpty();
    }

    private long article(String guid, Instant published) {
        NewArticle a = new NewArticle(
                feed,
                source,
                "https://w.example/" + guid,
                guid,
                "Title " + guid,
                null,
                published,
                null,
                null,
                null,
                "text",
                "en",
                published);
        return store.upsertArticle(a).id();
    }

    private long story(List<Long> articles) {
        long id = articles.get(0);
        store.saveStories(
                articles.stream()
                        .map(a -> new StoryPlacement(a, id, a, new float[0]))
                        .toList(),
                List.of(new StorySummary(id, "Story", id, NOW, NOW, articles.size(), 1)),
                List.of());
        return id;
    }

    private static Enrichment enrichment(long article, List<String> tags, List<EntityMention> entities) {
        List<QuoteMention> quotes = entities.contains(SHOIGU)
                ? List.of(new QuoteMention(
                        "Sergei Shoigu", "sergei-shoigu", "They fought", "said", "They fought, he said."))
                : List.of(new QuoteMention(
                        "A spokesman", null, "No comment", "said", "\"No comment,\" a spokesman said."));
        return new Enrichment(
                article,
                "en",
                3,
                tags,
                entities,
                quotes,
                List.of(new ReportAttribution("Tass", null, "Tass reported.")));
    }
}
