package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    @Test
    void emptyAndOneWordTitlesAndOtherLanguagesArePlaced() {
        StoryClusterer clusterer = Streams.clusterer();
        List<StoryStage.Outcome> outcomes = Streams.stage(clusterer)
                .process(List.of(
                        Streams.article("e1", "", "", 0, "x"),
                        Streams.article("e2", "", "Only a body here about the harbour fire.", 1, "x"),
                        Streams.article("o1", "Breaking", "", 2, "x"),
                        Streams.article(
                                "ru", "Землетрясение в Токио", "Сильное землетрясение произошло в Токио.", 3, "y"),
                        Streams.article("ru2", "Землетрясение в Токио: новые толчки", "Землетрясение в Токио.", 4, "z"),
                        Streams.article("ja", "東京で地震", "東京で強い地震がありました。", 5, "y")))
                .outcomes();

        assertThat(outcomes)
                .hasSize(6)
                .allSatisfy(o -> assertThat(clusterer.storyOf(o.articleId())).isPresent());
        assertThat(clusterer.storyOf("ru2")).isEqualTo(clusterer.storyOf("ru"));
        assertThat(clusterer.storyOf("ja")).isNotEqualTo(clusterer.storyOf("e2"));
    }

    @Test
    void identicalTimestampsAndOutOfOrderArrivalKeepEventsApart() {
        List<StoryStage.Incoming> stream = new ArrayList<>();
        for (StoryStage.Incoming a : Streams.fourEvents()) {
            stream.add(new StoryStage.Incoming(a.id(), a.title(), a.text(), Streams.T0, a.source(), a.url()));
        }
        java.util.Collections.reverse(stream);
        StoryClusterer clusterer = Streams.clusterer();
        Streams.stage(clusterer).process(stream);

        Set<String> stories = new HashSet<>();
        for (String event : List.of("quake", "final", "bank", "summit")) {
            String story = clusterer.storyOf(event + "-0").orElseThrow();
            assertThat(clusterer.storyOf(event + "-2")).contains(story);
            stories.add(story);
        }
        assertThat(stories).hasSize(4);
        // out of order: a late article from an hour before still joins
        Streams.stage(clusterer)
                .process(List.of(new StoryStage.Incoming(
                        "quake-old",
                        "Earthquake strikes Sumatra",
                        "An earthquake shook Sumatra.",
                        Streams.T0.minusSeconds(3600),
                        "w",
                        null)));
        assertThat(clusterer.storyOf("quake-old")).isEqualTo(clusterer.storyOf("quake-0"));
    }

    @Test
    void burstOfTenThousandCopiesOfOneWireStory() {
        StoryClusterer clusterer = Streams.clusterer();
        StoryStage stage = Streams.stage(clusterer);
        String wire = "The central bank raised its benchmark interest rate by a quarter point on Wednesday, the"
                + " third increase this year, saying inflation remained too high and that further moves were"
                + " possible if prices kept climbing faster than wages in the coming months.";
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i += 100) {
            List<StoryStage.Incoming> batch = new ArrayList<>();
            for (int j = i; j < i + 100; j++) {
                batch.add(new StoryStage.Incoming(
                        "c" + j,
                        "Bank raises rates " + (j % 13),
                        wire,
                        Instant.parse("2025-03-10T08:00:00Z").plusSeconds(j % 600),
                        "Outlet " + (j % 300),
                        null));
            }
            stage.process(batch);
        }
        stage.maintain();

        assertThat(clusterer.stories()).hasSize(1);
        Story story = clusterer.stories().get(0);
        assertThat(story.articleCount()).isEqualTo(10_000);
        assertThat(story.sourceCount()).isEqualTo(300);
        assertThat(story.copyGroups()).hasSize(1);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }
}
