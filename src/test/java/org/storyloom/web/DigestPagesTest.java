package org.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.nlp.Nlp;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.DigestWorker;
import org.storyloom.summary.Digester;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;

class DigestPagesTest extends WebTestBase {

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void storyPageShowsACitedBriefAndHowCoverageDiffersAndArticlePagesTheirKeyPoints() throws Exception {
        long herald = article(
                feed("Herald", "https://h.example/rss"),
                "Fire destroys warehouse at Northport harbour",
                NOW.minusSeconds(3_600),
                "<p>A fire destroyed a grain warehouse at Northport harbour on Tuesday night, forcing the evacuation"
                        + " of 200 nearby homes.</p><p>Firefighters battled the blaze for six hours before bringing it"
                        + " under control early on Wednesday.</p><p>No one was injured, the Northport fire service"
                        + " said.</p><p>The warehouse, built in 1962, stored about 4,000 tonnes of wheat awaiting"
                        + " export.</p>");
        long gazette = article(
                feed("Gazette", "https://g.example/rss"),
                "Northport grain store burns",
                NOW.minusSeconds(1_800),
                "<p>A grain warehouse at Northport harbour burned down on Tuesday night and about 250 homes nearby"
                        + " were evacuated.</p><p>Local councillor Amir Haddad called for a review of fire safety at"
                        + " the port.</p><p>Ships are being diverted to the southern berths, the harbour authority"
                        + " said.</p>");
        store.saveStories(
                List.of(
                        new StoryPlacement(herald, herald, herald, new float[0]),
                        new StoryPlacement(gazette, herald, gazette, new float[0])),
                List.of(new StorySummary(
                        herald, "Warehouse fire at Northport", herald, NOW.minusSeconds(3_600), NOW, 2, 2)),
                List.of());

        assertThat(page("/stories/" + herald).select("section.brief")).isEmpty();
        new DigestWorker(
                        store,
                        new Digester(new StorySentences(Nlp.load())),
                        new ArticleBodies(store),
                        LlmRewrites.off(),
                        InstantSource.fixed(NOW))
                .runOnce(5);

        Document story = page("/stories/" + herald);
        assertThat(story.select("section.brief li"))
                .isNotEmpty()
                .allSatisfy(li -> assertThat(li.select("a.cite")).isNotEmpty());
        assertThat(story.select("section.brief a.cite").eachAttr("href"))
                .isSubsetOf("/articles/" + herald, "/articles/" + gazette);
        assertThat(story.select("section.perspectives .numbers").text()).contains("200", "about 250");
        assertThat(story.select("section.perspectives").text()).contains("Only in Gazette", "review of fire safety");

        assertThat(story.select("section.timeline time").eachAttr("datetime")).contains("2026-10-27");

        Document answered = page("/stories/" + herald + "?q=" + encode("How many homes were evacuated?"));
        assertThat(answered.select("section.ask .answer li").text()).contains("homes");
        assertThat(answered.select("section.ask .answer a.cite")).isNotEmpty();
        assertThat(answered.select("section.ask input[name=q]").attr("value"))
                .isEqualTo("How many homes were evacuated?");
        Document abstained =
                page("/stories/" + herald + "?q=" + encode("What did the mayor of Paris say about tourism?"));
        assertThat(abstained.select("section.ask .abstain").text()).isEqualTo("The sources do not say.");

        Document article = page("/articles/" + herald);
        assertThat(article.select("section.key-points li")).hasSizeBetween(3, 5);
        assertThat(article.select("section.key-points li").eachText().getFirst())
                .startsWith("A fire destroyed");
    }
}
