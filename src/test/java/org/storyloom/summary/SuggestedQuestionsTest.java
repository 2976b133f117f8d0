package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedQuestionsTest {

    private final QuestionAnswerer answerer = new QuestionAnswerer();

    @Test
    void everySuggestionIsAnsweredByTheStory() {
        AnswerIndex index = QuestionAnswererTest.index();
        List<SuggestedQuestions.Suggestion> suggested = new SuggestedQuestions(answerer).suggest(index, 6);
        assertThat(suggested).isNotEmpty();
        for (SuggestedQuestions.Suggestion s : suggested) {
            assertThat(answerer.answer(index, s.question())).as(s.question()).isInstanceOf(Answer.Answered.class);
        }
    }

    @Test
    void numbersTheSourcesGiveDifferentlyAreAskedAboutFirst() {
        List<SuggestedQuestions.Suggestion> suggested =
                new SuggestedQuestions(answerer).suggest(QuestionAnswererTest.index(), 6);
        assertThat(suggested.get(0))
                .isEqualTo(new SuggestedQuestions.Suggestion(
                        "How many people were injured?", SuggestedQuestions.Kind.NUMBERS_IN_DISPUTE));
    }

    @Test
    void thePeopleAndTheEventOfTheStoryAreAskedAbout() {
        List<SuggestedQuestions.Suggestion> suggested =
                new SuggestedQuestions(answerer).suggest(QuestionAnswererTest.index(), 8);
        assertThat(suggested)
                .extracting(SuggestedQuestions.Suggestion::question)
                .contains("Who is Maria Lindqvist?", "When did the collapse happen?");
        assertThat(SuggestedQuestions.people(QuestionAnswererTest.index()))
                .containsExactlyInAnyOrder("Maria Lindqvist", "Tom Becker");
    }

    @Test
    void atMostTheAskedNumberAndNoneForAnEmptyStory() {
        assertThat(new SuggestedQuestions(answerer).suggest(QuestionAnswererTest.index(), 2))
                .hasSize(2);
        assertThat(new SuggestedQuestions(answerer).suggest(AnswerIndex.of(List.of()), 5))
                .isEmpty();
    }
}
