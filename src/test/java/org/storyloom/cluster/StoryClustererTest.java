package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static Map<String, String> run(List<StoryStage.Incoming> stream) {
        StoryClusterer clusterer = Streams.clusterer();
        StoryStage stage = Streams.stage(clusterer);
        Map<String, String> storyOf = new HashMap<>();
        for (StoryStage.Outcome o : stage.process(stream).outcomes()) {
            storyOf.put(o.articleId(), o.placement().storyId());
        }
        stage.maintain();
        for (String id : storyOf.keySet()) {
            storyOf.put(id, clusterer.storyOf(id).orElseThrow());
        }
        return storyOf;
    }

    @Test
    void groupsAHandMadeStreamIntoItsEvents() {
        Map<String, String> storyOf = run(Streams.fourEvents());

        for (String event : List.of("quake", "final", "bank", "summit")) {
            assertThat(storyOf.get(event + "-1")).as(event).isEqualTo(storyOf.get(event + "-0"));
            assertThat(storyOf.get(event + "-2")).as(event).isEqualTo(storyOf.get(event + "-0"));
        }
        assertThat(new HashSet<>(storyOf.values())).hasSize(4);
    }

    @Test
    void storyIdIsTheFirstArticleAndStaysAsItGrows() {
        Map<String, String> storyOf = run(Streams.fourEvents());

        assertThat(storyOf.get("quake-2")).isEqualTo("quake-0");
        assertThat(storyOf.get("summit-1")).isEqualTo("summit-0");
    }

    @Test
    void sameInputOrderGivesTheSameStories() {
        assertThat(run(Streams.fourEvents())).isEqualTo(run(Streams.fourEvents()));
    }

    @Test
    void storySnapshotCarriesCountsCopyGroupsAndLead() {
        StoryClusterer clusterer = Streams.clusterer();
        Streams.stage(clusterer).process(Streams.fourEvents());

        Story quake = clusterer.story("quake-0").orElseThrow();
        assertThat(quake.articleCount()).isEqualTo(3);
        assertThat(quake.sourceCount()).isEqualTo(3);
        assertThat(quake.copyGroups()).hasSize(3);
        assertThat(quake.headline()).contains("Sumatra");
        assertThat(quake.firstSeen()).isBefore(quake.lastUpdated());
        assertThat(quake.keyTerms()).isNotEmpty();
        assertThat(clusterer.stories()).hasSize(4);
    }

    @Test
    void storiesLeaveTheWindow() {
        StoryClusterer clusterer = Streams.clusterer();
        StoryStage stage = Streams.stage(clusterer);
        stage.process(Streams.fourEvents());
        stage.process(List.of(Streams.article(
                "late", "Harvest festival opens", "Farmers show produce.", 60 * 24 * 5, "Valley Times")));

        assertThat(clusterer.storyOf("quake-0")).isEmpty();
        assertThat(clusterer.stories()).extracting(Story::id).containsExactly("late");
    }

    @Test
    void theSameWordsDaysApartMakeSeparateStories() {
        StoryClusterer clusterer = new StoryClusterer(
                ClusterConfig.defaults().withWindow(java.time.Duration.ofDays(30)), BagOfWordsEmbedder.DIMENSIONS);
        StoryStage stage = Streams.stage(clusterer);
        stage.process(List.of(
                Streams.article("a", "Storm floods the harbour district", "Heavy storm floods harbour homes.", 0, "x"),
                Streams.article(
                        "b",
                        "Storm floods the harbour district",
                        "Heavy storm floods harbour homes.",
                        60 * 24 * 20,
                        "y")));

        assertThat(clusterer.storyOf("b")).contains("b");
    }

    @Test
    void copiesFollowTheirCopyGroup() {
        String wire = "The government announced on Tuesday a new plan to expand rail lines between the northern"
                + " cities, with construction to begin next spring and finish within four years, the minister said"
                + " in a statement to parliament that drew praise from unions and criticism from road lobby groups.";
        StoryClusterer clusterer = Streams.clusterer();
        List<StoryStage.Outcome> outcomes = Streams.stage(clusterer)
                .process(List.of(
                        Streams.article("w1", "Rail plan unveiled", wire, 0, "Agency"),
                        Streams.article("w2", "Totally different headline here", wire, 5, "Paper")))
                .outcomes();

        assertThat(outcomes.get(1).copy().copyGroup()).isEqualTo("w1");
        assertThat(outcomes.get(1).placement().storyId()).isEqualTo("w1");
        Set<Story.CopyGroup> groups =
                Set.copyOf(clusterer.story("w1").orElseThrow().copyGroups());
        assertThat(groups)
                .singleElement()
                .satisfies(g -> assertThat(g.sources()).containsExactly("Agency", "Paper"));
    }
}
