package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFilterTest {

    @Test
    void cutsDatelinesAndScrollPrompts() {
        assertThat(SentenceFilter.tidy("NORTHPORT (Reuters) - A fire destroyed a warehouse."))
                .isEqualTo("A fire destroyed a warehouse.");
        assertThat(SentenceFilter.tidy("Washington (CNN)President Obama spoke on Sunday ."))
                .isEqualTo("President Obama spoke on Sunday.");
        assertThat(SentenceFilter.tidy("LONDON, England -- Ministers met on Monday."))
                .isEqualTo("Ministers met on Monday.");
        assertThat(SentenceFilter.tidy("Scroll down for video Crowds gathered in the square on Friday."))
                .isEqualTo("Crowds gathered in the square on Friday.");
        assertThat(SentenceFilter.tidy("The Reuters report was cited (AP) widely."))
                .contains("Reuters report");
    }

    @Test
    void showsOnlySentencesThatStandAlone() {
        assertThat(showable("The council approved the new budget for the harbour on Monday."))
                .isTrue();
        assertThat(showable("Click here to read the full report on the harbour fire today."))
                .isFalse();
        assertThat(showable("Too short to matter.")).isFalse();
        assertThat(showable("The officials listed the following damaged buildings at the port:"))
                .isFalse();
        assertThat(showable("** for her hairstyles over the years, the actress said on Friday."))
                .isFalse();
    }

    @Test
    void aPieceThatCannotOpenASentenceRejoinsTheOneBefore() {
        SourceArticle split = new SourceArticle(
                "s",
                "",
                "The country is due to repay a loan to the fund on Thursday\n"
                        + "but there were concerns the nation would default. Markets fell.",
                null,
                "");

        List<StorySentence> sentences = StoryTexts.SENTENCES.of(split, 0);

        assertThat(sentences).extracting(StorySentence::text).first().asString().contains("Thursday but there");
        assertThat(sentences).extracting(StorySentence::index).containsExactly(0, 1);
    }

    private static boolean showable(String text) {
        return SentenceFilter.showable(new StorySentence("a", 0, 0, text, StorySentences.terms(text)));
    }
}
