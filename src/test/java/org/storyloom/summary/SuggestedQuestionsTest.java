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

    @Test
    void onlyPeopleTheStoryShowsSpeakingOrQuotedAreAskedAbout() {
        StorySentences splitter = new StorySentences(org.storyloom.nlp.Nlp.load());
        AnswerIndex index = AnswerIndex.of(splitter.of(List.of(
                new SourceArticle(
                        "p1",
                        "Chip deal",
                        "The new Opteron Nova chip was shown in Austin. Dana Whitfield, the chief executive,"
                                + " said the chip doubles the speed of the old one. Whitfield joined the company in"
                                + " 2015. Ravi Osei built the first prototype in 2019.",
                        null,
                        "Tech Daily"),
                new SourceArticle(
                        "p2",
                        "Opteron Nova ships",
                        "Opteron Nova chips ship in March, Dana Whitfield told reporters. Ravi Osei built the"
                                + " prototype in a garage; Osei was 24 at the time. Opteron Nova costs 300 dollars.",
                        null,
                        "Chip News"))));

        assertThat(SuggestedQuestions.people(index)).contains("Dana Whitfield", "Ravi Osei");
        assertThat(new SuggestedQuestions(answerer).suggest(index, 8))
                .extracting(SuggestedQuestions.Suggestion::question)
                .contains("Who is Dana Whitfield?")
                .noneMatch(q -> q.contains("Osei") || q.contains("Opteron"));
        assertThat(new SuggestedQuestions(answerer).suggest(index, 8, java.util.Set.of("Ravi Osei")))
                .extracting(SuggestedQuestions.Suggestion::question)
                .contains("Who is Dana Whitfield?", "Who is Ravi Osei?");
    }
}
