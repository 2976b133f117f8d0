package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMaintenanceTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private static float[] axis(int i, float noise) {
        float[] v = new float[8];
        v[i] = 1;
        v[(i + 1) % 8] = noise;
        return Vectors.normalise(v);
    }

    private static ClusterArticle article(String id, String title, float[] vector) {
        return new ClusterArticle(id, title, "", T, "src-" + id, id, vector);
    }

    @Test
    void mergesStoriesThatConverged() {
        // join threshold unreachable, merge threshold reachable: every article starts a story, the pass merges
        ClusterConfig config = new ClusterConfig(
                Duration.ofDays(3), 0.5, 1.5, 0.6, 0.0, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
        StoryClusterer clusterer = new StoryClusterer(config, 8);
        clusterer.add(article("a1", "dam burst flood valley", axis(0, 0.1f)));
        clusterer.add(article("a2", "dam burst flood valley town", axis(0, 0.2f)));
        clusterer.add(article("b1", "election results capital", axis(4, 0.1f)));
        assertThat(clusterer.stories()).hasSize(3);

        List<StoryEvent> events = clusterer.maintain();

        assertThat(events).containsExactly(new StoryEvent.Merged("a2", "a1", List.of("a2")));
        assertThat(clusterer.storyOf("a2")).contains("a1");
        assertThat(clusterer.storyOf("b1")).contains("b1");
    }

    @Test
    void splitsAStoryThatDrifted() {
        // join threshold below anything: everything joins one story, the pass splits it by meaning
        ClusterConfig config = new ClusterConfig(
                Duration.ofDays(3), 1.0, -2, 2.0, 0.3, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
        StoryClusterer clusterer = new StoryClusterer(config, 8);
        for (int i = 0; i < 4; i++) {
            clusterer.add(article("q" + i, "quake shakes city", axis(0, 0.05f * i)));
        }
        for (int i = 0; i < 4; i++) {
            clusterer.add(article("v" + i, "quake vote count city", axis(4, 0.05f * i)));
        }
        assertThat(clusterer.stories()).hasSize(1);

        List<StoryEvent> events = clusterer.maintain();

        assertThat(events).containsExactly(new StoryEvent.Split("q0", "v0", List.of("v0", "v1", "v2", "v3")));
        assertThat(clusterer.storyOf("v3")).contains("v0");
        assertThat(clusterer.storyOf("q3")).contains("q0");
        assertThat(clusterer.maintain()).isEmpty();
    }

    private static final String SAINTS =
            "The Saints placed Reggie Bush on injured reserve on Wednesday, coach Sean Payton "
                    + "said in New Orleans.";
    private static final String CHIEFS =
            "The Chiefs placed Jamaal Charles on injured reserve after the loss, Andy " + "Reid said in Kansas City.";

    private static List<StoryEvent> twoEventsOfOneKind(String first, String second) {
        // everything joins one story; the halves' embeddings are close (cosine ~0.86, above the merge threshold
        // and far above the split threshold of 0): only names can part them
        ClusterConfig config = new ClusterConfig(
                Duration.ofDays(3), 1.0, -2, 0.5, 0.0, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
        StoryClusterer clusterer = new StoryClusterer(config, 8);
        for (int i = 0; i < 4; i++) {
            clusterer.add(new ClusterArticle(
                    "a" + i, "Player put on injured reserve", first, T, "s", "a" + i, axis(0, 0.05f * i)));
        }
        for (int i = 0; i < 4; i++) {
            float[] v = new float[8];
            v[0] = 1;
            v[1] = 0.6f + 0.05f * i;
            clusterer.add(new ClusterArticle(
                    "b" + i, "Player put on injured reserve", second, T, "s", "b" + i, Vectors.normalise(v)));
        }
        assertThat(clusterer.stories()).hasSize(1);
        List<StoryEvent> events = clusterer.maintain();
        events = new java.util.ArrayList<>(events);
        events.addAll(clusterer.maintain());
        return events;
    }

    @Test
    void splitsTheSameKindOfEventToldWithOtherNamesAndKeepsThemApart() {
        List<StoryEvent> events = twoEventsOfOneKind(SAINTS, CHIEFS);

        assertThat(events).containsExactly(new StoryEvent.Split("a0", "b0", List.of("b0", "b1", "b2", "b3")));
    }

    @Test
    void keepsHalvesThatNameTheSamePeopleTogether() {
        assertThat(twoEventsOfOneKind(SAINTS, SAINTS.replace("on Wednesday", "after an MRI")))
                .isEmpty();
    }

    private static final String PATCH = "Microsoft released an emergency patch for Internet Explorer on Monday, "
            + "September 30, 2013, after attackers used the flaw to take over computers.";

    private static List<StoryEvent> twoTellings(String first, String second, float apart) {
        // everything joins one story; names are alike, and the split threshold of 0 is never reached, so only
        // the years can part the two groups; the second group's embeddings are {@code apart} from the first's
        ClusterConfig config = new ClusterConfig(
                Duration.ofDays(3), 1.0, -2, 0.5, 0.0, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
        StoryClusterer clusterer = new StoryClusterer(config, 8);
        for (int i = 0; i < 5; i++) {
            clusterer.add(
                    new ClusterArticle("a" + i, "Emergency browser patch", first, T, "s", "a" + i, axis(0, 0.05f * i)));
        }
        for (int i = 0; i < 5; i++) {
            float[] v = new float[8];
            v[0] = 1;
            v[1] = apart + 0.05f * i;
            clusterer.add(new ClusterArticle(
                    "b" + i, "Emergency browser patch", second, T, "s", "b" + i, Vectors.normalise(v)));
        }
        assertThat(clusterer.stories()).hasSize(1);
        List<StoryEvent> events = new java.util.ArrayList<>(clusterer.maintain());
        events.addAll(clusterer.maintain());
        return events;
    }

    @Test
    void splitsReportsThatKeepNamingAYearFromUnlikeReportsThatNeverNameItAndKeepsThemApart() {
        // embeddings ~0.6 apart: above the merge threshold, so only the years keep the parts from merging again
        List<StoryEvent> events = twoTellings(PATCH, PATCH.replace(", 2013", ""), 1.3f);

        assertThat(events).containsExactly(new StoryEvent.Split("a0", "b0", List.of("b0", "b1", "b2", "b3", "b4")));
    }

    @Test
    void keepsUnlikeReportsTogetherWhenNoneNamesAYear() {
        assertThat(twoTellings(PATCH.replace(", 2013", ""), PATCH.replace(", 2013", ""), 1.3f))
                .isEmpty();
    }

    @Test
    void keepsAlikeReportsTogetherWhenOnlySomeNameTheYear() {
        assertThat(twoTellings(PATCH, PATCH.replace(", 2013", ""), 0.1f)).isEmpty();
    }
}
