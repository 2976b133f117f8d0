package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBriefTest {

    private final StoryBrief brief = new StoryBrief(StoryBrief.Config.defaults());

    @Test
    void citesEveryOutletThatReportsASentenceAndSaysEachThingOnce() {
        List<CitedSentence> sentences = brief.of(StoryTexts.SENTENCES.of(StoryTexts.firstDay()));

        assertThat(sentences)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        CitedSentence lead = sentences.stream()
                .filter(s -> s.text().contains("200"))
                .findFirst()
                .orElseThrow();
        assertThat(lead.sources()).hasSizeGreaterThanOrEqualTo(2).first().isEqualTo(lead.articleId());
        assertThat(sentences).filteredOn(s -> s.text().contains("200")).hasSize(1);
        assertThat(sentences).extracting(CitedSentence::text).noneMatch(t -> t.startsWith("NORTHPORT (Reuters)"));
    }

    @Test
    void aLongerStoryGetsALongerBriefWithinTheCap() {
        List<List<StorySentence>> one = StoryTexts.SENTENCES.of(List.of(StoryTexts.HERALD));
        List<List<StorySentence>> three = StoryTexts.SENTENCES.of(StoryTexts.firstDay());

        assertThat(words(brief.of(three))).isGreaterThan(words(brief.of(one)));
        assertThat(words(brief.of(three)))
                .isLessThanOrEqualTo(StoryBrief.Config.defaults().maxWords() * 11 / 10);
    }

    @Test
    void newSinceGivesOnlyWhatTheLaterArticlesAdd() {
        List<SourceArticle> story = new ArrayList<>(StoryTexts.firstDay());
        story.add(StoryTexts.LATER);

        List<CitedSentence> news =
                brief.newSince(story, StoryTexts.SENTENCES.of(story), Instant.parse("2026-03-05T00:00:00Z"));

        assertThat(news).isNotEmpty().allSatisfy(s -> assertThat(s.articleId()).isEqualTo("herald-2"));
        assertThat(news).extracting(CitedSentence::text).anyMatch(t -> t.contains("faulty wiring"));
        assertThat(news).extracting(CitedSentence::text).noneMatch(t -> t.startsWith("A grain warehouse"));
        assertThat(brief.newSince(story, StoryTexts.SENTENCES.of(story), Instant.parse("2026-03-07T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aStoryWithoutTextHasNoBrief() {
        SourceArticle empty = new SourceArticle("x", "Only a headline", "", null, "");

        assertThat(brief.of(StoryTexts.SENTENCES.of(List.of(empty)))).isEmpty();
    }

    private static int words(List<CitedSentence> sentences) {
        return sentences.stream().mapToInt(s -> SentenceFilter.words(s.text())).sum();
    }
}
