package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.BoilerplateLine;
import org.storyloom.model.Feed;

class SourcePageTest extends WebTestBase {

    @Test
    void showsLearnedBoilerplateAndStripsItFromArticles() throws Exception {
        Feed feed = feed("Example Pravda", "https://pravda.example/rss");
        long id = article(
                feed,
                "Drone strike on depot",
                NOW.minusSeconds(600),
                "<p>Drones hit a fuel depot overnight.</p><p>Support Example Pravda on Patreon!</p>");
        store.replaceBoilerplate(
                feed.sourceId(), List.of(new BoilerplateLine("Support Example Pravda on Patreon!", 12)), NOW);

        Document source = page("/sources/" + feed.sourceId());
        assertThat(source.select("h1").text()).isEqualTo("Example Pravda");
        assertThat(source.select("ul.learned li").text()).contains("Support Example Pravda on Patreon!", "12 articles");
        assertThat(source.select("ol.articles a").text()).contains("Drone strike on depot");

        Document article = page("/articles/" + id);
        assertThat(article.select(".body").text()).contains("fuel depot").doesNotContain("Patreon");
        assertThat(article.select("a.source").attr("href")).isEqualTo("/sources/" + feed.sourceId());
    }

    @Test
    void unknownSourceIs404() throws Exception {
        assertThat(get("/sources/4242").statusCode()).isEqualTo(404);
        assertThat(get("/sources/x").statusCode()).isEqualTo(400);
    }
}
