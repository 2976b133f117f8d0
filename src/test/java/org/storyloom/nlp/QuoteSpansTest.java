package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted stretches: marks of both kinds, nesting, paragraphs, headlines and apostrophes. */
class QuoteSpansTest {

    private static List<String> quoted(String text) {
        return QuoteSpans.find(text, QuoteSpans.paragraphs(text)).stream()
                .map(QuoteSpan::text)
                .toList();
    }

    @Test
    void straightAndTypographicMarks() {
        assertThat(quoted("He said \"one two\" and \u201cthree four\u201d, then \u201efive\u201c."))
                .containsExactly("one two", "three four", "five");
    }

    @Test
    void singleMarksInsideDoubleOnesAreNested() {
        assertThat(quoted("\u201cShe said \u2018no\u2019 and 'never',\u201d he recalled."))
                .containsExactly("She said \u2018no\u2019 and 'never',");
    }

    @Test
    void aQuoteRunsOnWhenTheNextParagraphReopensIt() {
        String text = "He said: \u201cFirst part.\n\n\u201cSecond part.\u201d\n\nNot quoted.";
        List<QuoteSpan> spans = QuoteSpans.find(text, QuoteSpans.paragraphs(text));
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("First part. Second part.");
        assertThat(spans.getFirst().paragraphs()).isEqualTo(2);
        assertThat(text.substring(spans.getFirst().open(), spans.getFirst().close()))
                .endsWith("part.\u201d");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertThat(quoted("He said: \"First part.\n\nNot quoted, \"but this is.\""))
                .containsExactly("First part.", "but this is.");
    }

    @Test
    void singleMarksQuoteOnlyInAHeadline() {
        assertThat(quoted("Putin: \u2018We will respond\u2019 to the 'attack'\n\nThe 'so-called' deal isn't done."))
                .containsExactly("We will respond", "attack");
    }

    @Test
    void apostrophesInAHeadlineAreNotMarks() {
        assertThat(quoted("Russia's Reward to North Korea's Troops Revealed\n\nBody."))
                .isEmpty();
    }

    @Test
    void aHeadlineIsShortAndEndsWithoutAFullStopOrIsTitleCased() {
        String title = "Stealth Over Health: Hillary Clinton Was Headed to ER.";
        String sentence = "Andriy Kovalenko spoke to reporters in the city on Friday.";
        assertThat(QuoteSpans.isHeadline(title, 0, title.length())).isTrue();
        assertThat(QuoteSpans.isHeadline(sentence, 0, sentence.length())).isFalse();
        assertThat(QuoteSpans.isHeadline("North Korean Soldiers Praised by Russia", 0, 39))
                .isTrue();
    }
}
