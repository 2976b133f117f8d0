package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointsTest {

    private final KeyPoints keyPoints = new KeyPoints(KeyPoints.Config.defaults());

    @Test
    void picksThreeDistinctSentencesInReadingOrderEachPointingToItsSource() {
        List<StorySentence> sentences = StoryTexts.SENTENCES.of(StoryTexts.HERALD, 0);

        List<CitedSentence> points = keyPoints.of(sentences, StoryTexts.HERALD.title());

        assertThat(points).hasSize(3);
        assertThat(points.getFirst().text()).startsWith("A fire destroyed a grain warehouse");
        assertThat(points).isSortedAccordingTo((a, b) -> Integer.compare(a.sentence(), b.sentence()));
        for (CitedSentence point : points) {
            assertThat(point.sources()).containsExactly("herald-1");
            assertThat(sentences.get(point.sentence()).text()).isEqualTo(point.text());
        }
        assertThat(points).extracting(CitedSentence::text).noneMatch(t -> t.contains("Scroll down"));
    }

    @Test
    void neverRepeatsWhatAnEarlierPointSaid() {
        SourceArticle repeated = new SourceArticle(
                "r",
                "",
                StoryTexts.HERALD.text() + " A fire destroyed a grain warehouse at Northport harbour on Tuesday night,"
                        + " forcing the evacuation of 200 nearby homes, officials said.",
                null,
                "");

        List<CitedSentence> points = keyPoints.of(StoryTexts.SENTENCES.of(repeated, 0), "");

        assertThat(points)
                .filteredOn(p -> p.text().contains("forcing the evacuation"))
                .hasSize(1);
    }

    @Test
    void aShortArticleGivesWhatItHasAndAnEmptyOneNothing() {
        SourceArticle two = new SourceArticle(
                "t", "", "The mayor opened the new bridge on Monday. Traffic was light on the first day.", null, "");

        assertThat(keyPoints.of(StoryTexts.SENTENCES.of(two, 0), "")).hasSize(2);
        assertThat(keyPoints.of(StoryTexts.SENTENCES.of(new SourceArticle("e", "", "", null, ""), 0), ""))
                .isEmpty();
    }

    @Test
    void aLongArticleGetsMorePointsButNeverMoreThanFive() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Report number ")
                    .append(i)
                    .append(" describes topic")
                    .append(i)
                    .append(" in the valley")
                    .append(i % 7)
                    .append(" district with new figures. ");
        }
        List<CitedSentence> points =
                keyPoints.of(StoryTexts.SENTENCES.of(new SourceArticle("l", "", text.toString(), null, ""), 0), "");

        assertThat(points).hasSize(5);
    }
}
