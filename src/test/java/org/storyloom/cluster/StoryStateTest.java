package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The views a story keeps for lookups (heaviest terms, lead, copy-group heads) follow every change. */
class StoryStateTest {

    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    @Test
    void keptViewsAreMadeAgainAfterEachAddAndRebuild() {
        StoryState story = new StoryState("a", 0, 2, T0);
        story.add(member("a", 0, new float[] {1, 0}, "g1", terms("kursk", 0.8f, "troops", 0.6f)));
        story.add(member("b", 60, new float[] {1, 0}, "g1", terms("kursk", 0.8f, "troops", 0.6f)));
        assertThat(story.topTerms(1)).containsExactly("kursk");
        assertThat(story.topTerms(5)).containsExactly("kursk", "troops");
        assertThat(story.lead().id()).isEqualTo("a");
        assertThat(story.groupHeads()).extracting(Member::id).containsExactly("b");

        for (int i = 0; i < 3; i++) { // a heavier term, a centroid that moves, a newer group
            story.add(member("c" + i, 120 + i, new float[] {0, 1}, "g2", terms("pyongyang", 1f, "troops", 0.1f)));
        }
        assertThat(story.topTerms(2)).containsExactly("pyongyang", "kursk");
        assertThat(story.lead().id()).isEqualTo("c0");
        assertThat(story.groupHeads()).extracting(Member::id).containsExactly("c2", "b");
        assertThat(story.topTerms(100)).containsExactly("pyongyang", "kursk", "troops"); // past the kept ranking

        story.members.removeIf(m -> m.id().startsWith("c"));
        story.rebuild();
        assertThat(story.topTerms(2)).containsExactly("kursk", "troops");
        assertThat(story.lead().id()).isEqualTo("a");
        assertThat(story.groupHeads()).extracting(Member::id).containsExactly("b");
    }

    private static Member member(String id, int seconds, float[] embedding, String group, TermVector terms) {
        return new Member(id, "title " + id, T0.plusSeconds(seconds), "S", group, embedding, terms, seconds, true, 0);
    }

    private static TermVector terms(String a, float wa, String b, float wb) {
        List<String> sorted = List.of(a, b).stream().sorted().toList();
        boolean aFirst = sorted.getFirst().equals(a);
        return new TermVector(
                sorted.toArray(String[]::new), aFirst ? new float[] {wa, wb} : new float[] {wb, wa}, new boolean[2]);
    }
}
