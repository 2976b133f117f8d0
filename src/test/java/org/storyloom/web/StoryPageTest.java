package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;

class StoryPageTest extends WebTestBase {

    @Test
    void homeStoryAndArticlePagesShowTheStory() throws Exception {
        long a = article(
                feed("Wire A", "https://a.example/rss"), "Shoigu praises troops", NOW.minusSeconds(900), "<p>a</p>");
        long b = article(
                feed("Wire B", "https://b.example/rss"), "Shoigu praises troops!", NOW.minusSeconds(800), "<p>a</p>");
        long c = article(
                feed("Daily C", "https://c.example/rss"), "Kim hosts Shoigu", NOW.minusSeconds(600), "<p>c</p>");
        float[] v = new float[] {1f, 0f};
        store.saveStories(
                List.of(new StoryPlacement(a, a, a, v), new StoryPlacement(b, a, a, v), new StoryPlacement(c, a, c, v)),
                List.of(new StorySummary(
                        a,
                        "Shoigu praises North Korean troops",
                        a,
                        NOW.minusSeconds(900),
                        NOW.minusSeconds(600),
                        3,
                        3)),
                List.of());

        Document home = page("/");
        assertThat(home.select("section.stories h2 a").text()).isEqualTo("Shoigu praises North Korean troops");
        assertThat(home.select("section.stories .meta").text()).contains("3 sources", "3 articles");

        Document story = page("/stories/" + a);
        assertThat(story.select("h1").text()).isEqualTo("Shoigu praises North Korean troops");
        assertThat(story.select("ol.copy-groups > li")).hasSize(2);
        assertThat(story.select(".also").text()).contains("Also run by:");

        Document article = page("/articles/" + c);
        assertThat(article.select(".in-story a").attr("href")).isEqualTo("/stories/" + a);
        assertThat(article.select("section.related li").text()).contains("same story");
        assertThat(article.select("section.related li")).hasSize(1);
    }

    @Test
    void unknownStoryIs404() throws Exception {
        assertThat(get("/stories/999").statusCode()).isEqualTo(404);
    }
}
