package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyloom.nlp.Nlp;

class QuestionAnswererTest {

    private static final StorySentences SPLITTER = new StorySentences(Nlp.load());

    /** A made-up story in three articles: two report the mayor's words alike and count the injured differently. */
    static final List<SourceArticle> STORY = List.of(
            new SourceArticle(
                    "a1",
                    "Harbour Bridge collapses",
                    "The Harbour Bridge in Kestrel Bay collapsed on Tuesday morning, injuring 12 people. The bridge"
                            + " was designed by engineer Maria Lindqvist and opened in 1998.\nMayor Tom Becker said"
                            + " the city would inspect every bridge in the region. Traffic was diverted through the"
                            + " old tunnel.",
                    Instant.parse("2024-03-05T10:00:00Z"),
                    "Kestrel Times"),
            new SourceArticle(
                    "a2",
                    "Bridge down in Kestrel Bay",
                    "A bridge collapsed in Kestrel Bay on Tuesday, officials said. At least 14 people were injured,"
                            + " according to the fire service.\nMayor Tom Becker said the city would inspect every"
                            + " bridge in the region. The cause of the collapse is not yet known.",
                    Instant.parse("2024-03-05T11:00:00Z"),
                    "Bay News"),
            new SourceArticle(
                    "a3",
                    "Rescuers at the bridge",
                    "Rescue teams worked through the night at the Harbour Bridge. Maria Lindqvist, who designed the"
                            + " bridge, said she was shocked. Lindqvist said the design had passed every inspection."
                            + "\nThe bridge carried 40,000 cars a day. Becker promised a full inquiry.",
                    Instant.parse("2024-03-06T08:00:00Z"),
                    "Coast Radio"));

    static AnswerIndex index() {
        return AnswerIndex.of(SPLITTER.of(STORY));
    }

    private static List<CitedSentence> support(Answer answer) {
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        return ((Answer.Answered) answer).support();
    }

    @Test
    void whoIsAnsweredWithASentenceThatNamesThePerson() {
        Answer answer = new QuestionAnswerer().answer(index(), "Who designed the Harbour Bridge?");
        assertThat(support(answer).get(0).text()).contains("Maria Lindqvist");
    }

    @Test
    void whenIsAnsweredWithADate() {
        Answer answer = new QuestionAnswerer().answer(index(), "When did the bridge collapse?");
        assertThat(support(answer).get(0).text()).contains("Tuesday");
    }

    @Test
    void howManyIsAnsweredWithTheNumberOfWhatIsCounted() {
        List<CitedSentence> cars =
                support(new QuestionAnswerer().answer(index(), "How many cars did the bridge carry?"));
        assertThat(cars.get(0).text()).contains("40,000 cars");
        List<CitedSentence> hurt = support(new QuestionAnswerer().answer(index(), "How many people were injured?"));
        assertThat(hurt)
                .extracting(CitedSentence::text)
                .anySatisfy(t -> assertThat(t).contains("people"));
    }

    @Test
    void aSentenceSeveralArticlesReportIsShownOnceAndCitesThemAll() {
        List<CitedSentence> said = support(new QuestionAnswerer().answer(index(), "What did Mayor Tom Becker say?"));
        CitedSentence inspect = said.stream()
                .filter(s -> s.text().contains("inspect every bridge"))
                .findFirst()
                .orElseThrow();
        assertThat(inspect.sources())
                .containsExactly(inspect.articleId(), inspect.articleId().equals("a1") ? "a2" : "a1");
        assertThat(said)
                .filteredOn(s -> s.text().contains("inspect every bridge"))
                .hasSize(1);
        assertThat(said.size()).isBetween(1, 3);
    }

    @Test
    void abstainsWhenTheSourcesDoNotSay() {
        QuestionAnswerer answerer = new QuestionAnswerer();
        AnswerIndex index = index();
        assertThat(answerer.answer(index, "How much did the bridge cost to build?"))
                .isEqualTo(new Answer.NotInSources("How much did the bridge cost to build?"));
        assertThat(answerer.answer(index, "Who designed the tunnel in Oslo?")).isInstanceOf(Answer.NotInSources.class);
        assertThat(answerer.answer(index, "When will the bridge reopen?")).isInstanceOf(Answer.NotInSources.class);
        assertThat(answerer.answer(index, "Who repaired the old tunnel?")).isInstanceOf(Answer.NotInSources.class);
        assertThat(answerer.answer(index, "What?")).isInstanceOf(Answer.NotInSources.class);
    }

    @Test
    void anEmptyStoryAnswersNothing() {
        assertThat(new QuestionAnswerer().answer(List.of(), "Who designed the bridge?"))
                .isInstanceOf(Answer.NotInSources.class);
    }

    @Test
    void givenVectorsMustMatchTheSentences() {
        assertThatThrownBy(() -> AnswerIndex.of(SPLITTER.of(STORY), List.of(new float[] {1f})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("summary:");
    }

    @Test
    void questionsAreReadForTheKindOfAnswerTheyAskFor() {
        assertThat(Question.of("Who designed the bridge?").expects()).isEqualTo(Question.Expects.NAME);
        assertThat(Question.of("Who is Maria Lindqvist?").expects()).isEqualTo(Question.Expects.ANY);
        assertThat(Question.of("When did it open?").expects()).isEqualTo(Question.Expects.DATE);
        assertThat(Question.of("In what year did it open?").expects()).isEqualTo(Question.Expects.DATE);
        assertThat(Question.of("How many people were hurt?").focus()).isEqualTo(AnswerTerms.fold("people"));
        assertThat(Question.of("How much did it cost?").expects()).isEqualTo(Question.Expects.AMOUNT);
        assertThat(Question.of("How long is the bridge?").expects()).isEqualTo(Question.Expects.MEASURE);
        assertThat(Question.of("How old is the mayor?").expects()).isEqualTo(Question.Expects.AGE);
        assertThat(Question.of("Where did it happen?").expects()).isEqualTo(Question.Expects.PLACE);
        assertThat(Question.of("What is the dog's name?").expects()).isEqualTo(Question.Expects.NAMED);
        assertThat(Question.of("Who designed the Harbour Bridge?").names()).containsExactly("harbour", "bridg");
        assertThat(Question.of("Why did it fall?").terms()).containsExactly("fall");
    }

    @Test
    void irregularFormsAndInflectionsMeet() {
        assertThat(AnswerTerms.fold("stole")).isEqualTo(AnswerTerms.fold("steal"));
        assertThat(AnswerTerms.fold("bought")).isEqualTo(AnswerTerms.fold("purchasing"));
        assertThat(AnswerTerms.fold("arrested")).isEqualTo(AnswerTerms.fold("arrest"));
        assertThat(AnswerTerms.fold("stopped")).isEqualTo(AnswerTerms.fold("stop"));
        assertThat(AnswerTerms.fold("depth")).isEqualTo(AnswerTerms.fold("deep"));
        assertThat(AnswerTerms.fold("bridge")).isNotEqualTo(AnswerTerms.fold("bride"));
    }
}
