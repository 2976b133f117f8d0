package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityKind;
import org.storyloom.model.EntityMention;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;

class EnrichmentPagesTest extends WebTestBase {

    private static final EntityMention SHOIGU =
            new EntityMention("sergei-shoigu", "Sergei Shoigu", EntityKind.PERSON, List.of("Shoigu"), 0.9);
    private static final EntityMention KURSK = new EntityMention("kursk", "Kursk", EntityKind.PLACE, List.of(), 0.6);
    private static final QuoteMention QUOTE = new QuoteMention(
            "Sergei Shoigu",
            "sergei-shoigu",
            "They fought for the liberation of our land",
            "said",
            "\"They fought for the liberation of our land,\" Shoigu said.");

    private long a;
    private long b;

    private void enrichedStory() {
        a = article(
                feed("Wire A", "https://a.example/rss"), "Shoigu praises troops", NOW.minusSeconds(900), "<p>a</p>");
        b = article(feed("Daily B", "https://b.example/rss"), "Kim hosts Shoigu", NOW.minusSeconds(600), "<p>b</p>");
        store.saveStories(
                List.of(new StoryPlacement(a, a, a, new float[0]), new StoryPlacement(b, a, b, new float[0])),
                List.of(new StorySummary(
                        a,
                        "Shoigu praises North Korean troops",
                        a,
                        NOW.minusSeconds(900),
                        NOW.minusSeconds(600),
                        2,
                        2)),
                List.of());
        store.saveEnrichments(
                List.of(
                        new Enrichment(
                                a,
                                "en",
                                4,
                                List.of("#SergeiShoigu", "#Kursk"),
                                List.of(SHOIGU, KURSK),
                                List.of(QUOTE),
                                List.of()),
                        new Enrichment(
                                b, "en", 2, List.of("#Kursk", "#NorthKorea"), List.of(KURSK), List.of(), List.of())),
                1);
    }

    @Test
    void articlePageShowsItsHashtagsEntitiesQuotesAndReadingTime() throws Exception {
        enrichedStory();
        Document page = page("/articles/" + a);
        assertThat(page.select("ul.hashtags a"))
                .extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("#SergeiShoigu /tags/SergeiShoigu", "#Kursk /tags/Kursk");
        assertThat(page.select(".entities li.person a").text()).isEqualTo("Sergei Shoigu");
        assertThat(page.select(".entities li.place a").attr("href")).isEqualTo("/entities/kursk");
        assertThat(page.select(".quotes blockquote").text()).contains("They fought for the liberation");
        assertThat(page.select(".quotes a.speaker").attr("href")).isEqualTo("/entities/sergei-shoigu");
        assertThat(page.select(".reading").text()).isEqualTo("4 min read");
    }

    @Test
    void storyPageAggregatesTagsOfItsArticles() throws Exception {
        enrichedStory();
        Document page = page("/stories/" + a);
        assertThat(page.select("ul.hashtags a").eachText()).first().isEqualTo("#Kursk");
        assertThat(page.select("ul.hashtags a").eachText()).contains("#SergeiShoigu", "#NorthKorea");
        assertThat(page.select(".quotes .speaker").text()).isEqualTo("Sergei Shoigu");
    }

    @Test
    void tagAndEntityPagesListTheirStories() throws Exception {
        enrichedStory();
        Document tag = page("/tags/kursk");
        assertThat(tag.select("h1").text()).isEqualTo("#kursk");
        assertThat(tag.select(".story-row h2 a").text()).isEqualTo("Shoigu praises North Korean troops");
        assertThat(page("/tags/Nothing").select(".empty").text()).contains("No story carries #Nothing");

        Document entity = page("/entities/sergei-shoigu");
        assertThat(entity.select("h1").text()).isEqualTo("Sergei Shoigu");
        assertThat(entity.select(".kind").text()).isEqualTo("person");
        assertThat(entity.select(".story-row a").text()).isEqualTo("Shoigu praises North Korean troops");
        assertThat(entity.select(".quotes blockquote").text()).contains("liberation of our land");
        assertThat(get("/entities/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void homeShowsTrendingTags() throws Exception {
        enrichedStory();
        assertThat(page("/").select("nav.trending a").eachText()).containsExactly("#Kursk");
    }
}
