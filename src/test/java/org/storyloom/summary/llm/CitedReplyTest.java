package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyloom.summary.CitedSentence;

/** Reading a reply against the numbered evidence: what is kept, with which sources, and what is dropped. */
class CitedReplyTest {

    private static List<CitedSentence> parse(String reply) {
        return CitedReply.parse(reply, Evidence.BRIDGE);
    }

    @Test
    void keepsCitedSentencesWithTheMarkersTakenOutAndTheCitedArticlesAsSources() {
        List<CitedSentence> kept =
                parse("The Harbor Bridge closes on Monday after engineers found cracked beams [1][2]."
                        + " Commuters should take the ferry. [4]");

        assertThat(kept)
                .containsExactly(
                        new CitedSentence(
                                "The Harbor Bridge closes on Monday after engineers found cracked beams.",
                                "a1",
                                0,
                                List.of("a1", "a2")),
                        new CitedSentence("Commuters should take the ferry.", "a1", 4, List.of("a1")));
    }

    @Test
    void theFirstCitedEvidenceGivesTheArticleAndTheSourcesAreTheUnion() {
        List<CitedSentence> kept = parse("Repairs take six weeks because two beams cracked [3, 2].");

        assertThat(kept)
                .containsExactly(new CitedSentence(
                        "Repairs take six weeks because two beams cracked.", "a3", 1, List.of("a3", "a2")));
    }

    @Test
    void readsRangesAndCitationsInsideTheSentence() {
        List<CitedSentence> kept = parse("The bridge closes [1] and the ferry is the detour [4]. All of it [1-3].");

        assertThat(kept)
                .extracting(CitedSentence::text)
                .containsExactly("The bridge closes and the ferry is the detour.", "All of it.");
        assertThat(kept.get(0).sources()).containsExactly("a1", "a2");
        assertThat(kept.get(1).sources()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void dropsSentencesThatCiteNothing() {
        assertThat(parse("The bridge closes on Monday. Traffic will be terrible."))
                .isEmpty();
        assertThat(parse("NONE")).isEmpty();
        assertThat(parse("")).isEmpty();
        assertThat(parse("Here is the brief:\nThe bridge closes [1].\nHope this helps!"))
                .extracting(CitedSentence::text)
                .containsExactly("The bridge closes.");
    }

    @Test
    void dropsASentenceCitingANumberThePromptDidNotHold() {
        List<CitedSentence> kept =
                parse("The bridge closes on Monday [1]. The mayor resigned [9]. Cracks were found [2][5].");

        assertThat(kept).extracting(CitedSentence::text).containsExactly("The bridge closes on Monday.");
        assertThat(parse("Something [0].")).isEmpty();
        assertThat(parse("Something [2-7].")).isEmpty();
        assertThat(parse("Something [99999999999].")).isEmpty();
    }

    @Test
    void dropsASentenceStatingANumberItsEvidenceDoesNot() {
        List<CitedSentence> kept = parse("Repairs cost 4.2 million dollars [3]. Repairs cost 9 million dollars [3]."
                + " Repairs cost 4.2 million dollars [2].");

        assertThat(kept).extracting(CitedSentence::text).containsExactly("Repairs cost 4.2 million dollars.");
    }

    @Test
    void skipsReasoningBulletsAndBold() {
        String reply = "<think>The user wants a brief. Maybe mention the mayor [9].</think>\n"
                + "- **The bridge closes** on Monday [1].\n"
                + "2. Engineers found cracks [2].";

        assertThat(parse(reply))
                .extracting(CitedSentence::text)
                .containsExactly("The bridge closes on Monday.", "Engineers found cracks.");
        assertThat(parse("<think>The bridge closes [1]. and then the reply was cut"))
                .isEmpty();
    }

    @Test
    void doesNotSplitAtAbbreviationsOrDecimals() {
        assertThat(ReplySentences.split("U.S. officials said Dr. Lee inspected the 4.2 mile span [1]. It closes [1]."))
                .containsExactly("U.S. officials said Dr. Lee inspected the 4.2 mile span [1].", "It closes [1].");
        assertThat(ReplySentences.split("\"It will close,\" he said. [1] Then it opens [1]!"))
                .containsExactly("\"It will close,\" he said. [1]", "Then it opens [1]!");
    }
}
