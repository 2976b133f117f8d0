package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each quote and attribution pattern on hand-written sentences, through the real sentence splitter. */
class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(Nlp.load());

    private static List<Quote> quotes(String text) {
        return EXTRACTOR.find(text).quotes();
    }

    @Test
    void speakerBeforeTheCueAfterTheQuote() {
        assertThat(quotes("“We will win this war,” Sergei Shoigu said on Thursday."))
                .extracting(Quote::speaker, Quote::text, Quote::cue)
                .containsExactly(tuple("Sergei Shoigu", "We will win this war,", "said"));
    }

    @Test
    void invertedCueWithTitleAndApposition() {
        assertThat(quotes("\"Everybody knew what to expect,\" said Mr. Barrett, the chief executive."))
                .extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple("Barrett", "said"));
    }

    @Test
    void toldReportersWithAColon() {
        Quote q = quotes("Speaking on Wednesday, Defence Minister Rustem Umierov told reporters: "
                        + "\"Our partners came to me and asked for more.\"")
                .getFirst();
        assertThat(q.speaker()).isEqualTo("Rustem Umierov");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.sentence()).startsWith("Speaking on Wednesday");
    }

    @Test
    void accordingTo() {
        assertThat(quotes("Prices will \"keep rising for a year or more,\" according to Janet Yellen."))
                .extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple("Janet Yellen", "according to"));
    }

    @Test
    void aQuoteCarriedIntoTheNextParagraphIsOneQuote() {
        String text = "Russian President Vladimir Putin also said: \"The people will never forget this feat.\n\n"
                + "\"We will always honor the heroes who gave their lives.\"\n\nThe war goes on.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.getFirst();
        assertThat(q.speaker()).isEqualTo("Vladimir Putin");
        assertThat(q.text())
                .isEqualTo(
                        "The people will never forget this feat. We will always honor the heroes who gave their lives.");
        assertThat(text.substring(q.start(), q.end())).startsWith("The people").endsWith("their lives.");
    }

    @Test
    void pronounAndSurnameResolveToTheFullNameMetEarlier() {
        String text = "Andriy Kovalenko, an official on Ukraine's security council, spoke in March.\n\n"
                + "\"The enemy is pouring everything he can on the region,\" he said.\n\n"
                + "\"They are running across fields,\" Kovalenko added.";
        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::mention, Quote::cue)
                .containsExactly(
                        tuple("Andriy Kovalenko", "he", "said"), tuple("Andriy Kovalenko", "Kovalenko", "added"));
    }

    @Test
    void aDescriptionOfThePersonWhoSpokeLastIsThatPerson() {
        String text = "Shoigu said the troops fought well. Sergei Shoigu thanked them.\n\n"
                + "\"They fought for the liberation of our land,\" the former defense minister said.";
        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::mention)
                .containsExactly(tuple("Sergei Shoigu", "the former defense minister"));
    }

    @Test
    void aPronounSkipsBackPastAPersonOfTheOtherGender() {
        String text = "Donald Trump said the polls were wrong.\n\n"
                + "\"It was a con,\" Trump spokeswoman Jessica Ditto said.\n\n"
                + "\"This was a total setup,\" he said.";
        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::mention)
                .containsExactly(tuple("Jessica Ditto", "Jessica Ditto"), tuple("Donald Trump", "he"));
    }

    @Test
    void aDescriptionOfTheOtherGenderStaysADescription() {
        String text = "Clinton spoke after Mrs. Clinton met veterans. Hillary Clinton said she would serve.\n\n"
                + "\"We need change,\" the New York businessman said.";
        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::mention)
                .containsExactly(tuple("the New York businessman", "the New York businessman"));
    }

    @Test
    void aPersonCalledSheIsNotTheBusinessman() {
        String text = "Hillary Clinton said the forum went well.\n\n"
                + "\"I have taken responsibility,\" she said.\n\n"
                + "\"We need change,\" the New York businessman said.";
        assertThat(quotes(text))
                .extracting(Quote::speaker)
                .containsExactly("Hillary Clinton", "the New York businessman");
    }

    @Test
    void anAdverbOpeningTheSentenceIsNotPartOfTheName() {
        assertThat(quotes("Even China, its only ally, said it was \"resolutely opposed\" to the test."))
                .extracting(Quote::speaker)
                .containsExactly("China");
    }

    @Test
    void organisationSpeakerAndItsStatement() {
        QuoteFindings found = EXTRACTOR.find(
                "South Korea's Foreign Ministry said in a statement: \"We strongly condemn this action.\"");
        assertThat(found.quotes()).extracting(Quote::speaker).containsExactly("South Korea's Foreign Ministry");
        assertThat(found.attributions())
                .extracting(Attribution::reporter, Attribution::via)
                .containsExactly(tuple("South Korea's Foreign Ministry", "a statement"));
    }

    @Test
    void anOutletCarriesTheWordsOfThePersonWhoSpokeJustBefore() {
        String text = "North Korean leader Kim Jong Un has called his troops \"heroes\" and said their operation "
                + "was a \"sacred mission.\"\n\n"
                + "\"They who fought for justice are all heroes,\" North Korean state news agency KCNA reported.";
        QuoteFindings found = EXTRACTOR.find(text);
        assertThat(found.quotes())
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(
                        tuple("Kim Jong Un", "heroes"),
                        tuple("Kim Jong Un", "sacred mission."),
                        tuple("Kim Jong Un", "They who fought for justice are all heroes,"));
        assertThat(found.attributions())
                .extracting(Attribution::reporter, Attribution::via)
                .containsExactly(tuple("Kim Jong Un", "KCNA"));
    }

    @Test
    void reportingChains() {
        QuoteFindings found = EXTRACTOR.find(
                "Sergei Shoigu said the troops had fought \"valiantly\" in the region, Kremlin newswire Tass reported."
                        + "\n\nSource: Ukrainian Defence Minister Rustem Umierov at a press conference, as reported by "
                        + "European Pravda.\n\nThe ministry said the talks would go on, Reuters reported.");
        assertThat(found.attributions())
                .extracting(Attribution::reporter, Attribution::via)
                .containsExactly(
                        tuple("Sergei Shoigu", "Tass"),
                        tuple("Rustem Umierov", "European Pravda"),
                        tuple("The ministry", "Reuters"));
    }

    @Test
    void anOutletAloneReportsWithNoIntermediary() {
        assertThat(EXTRACTOR
                        .find("Tass reported that the bridge had been closed.")
                        .attributions())
                .extracting(Attribution::reporter, Attribution::via)
                .containsExactly(tuple("Tass", null));
    }

    @Test
    void scareQuotesWithoutACueAreNotQuotes() {
        assertThat(quotes("The so-called \"experts\" left early, and the \u201cdeal\u201d fell through."))
                .isEmpty();
    }

    @Test
    void shortQuotesWithACueAreQuotes() {
        assertThat(quotes("Andriy Kovalenko said the troops were storming the lines in \u201ccolumns.\u201d"))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Andriy Kovalenko", "columns."));
    }

    @Test
    void nestedSingleQuotesStayInside() {
        assertThat(quotes("\u201cHe told me \u2018never again\u2019 twice,\u201d Jane Smith said."))
                .extracting(Quote::text)
                .containsExactly("He told me \u2018never again\u2019 twice,");
    }

    @Test
    void aQuoteInterruptedByItsCueIsJoined() {
        assertThat(quotes("\u201cThis is in their heads,\u201d Pat Caddell said. \u201cIt is one of the things "
                        + "worrying them.\u201d"))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(
                        tuple("Pat Caddell", "This is in their heads, \u2026 It is one of the things worrying them."));
    }

    @Test
    void headlineWithSingleMarksAndAColon() {
        assertThat(quotes("Zelensky: \u2018We will not give up our land\u2019\n\nThe president spoke in Kyiv."))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Zelensky", "We will not give up our land"));
    }

    @Test
    void aQuoteSignedWithADash() {
        assertThat(quotes("\u201cMaybe we can build a wall around the problem.\u201d \u2015 Steve Quinlan"))
                .extracting(Quote::speaker)
                .containsExactly("Steve Quinlan");
    }

    @Test
    void aQuoteAfterTheSentenceThatNamesItsSpeaker() {
        assertThat(quotes("The talks may stall, Schiff said. \"The other factor is the election.\""))
                .extracting(Quote::speaker)
                .containsExactly("Schiff");
    }

    @Test
    void aLongQuoteWithNoSpeakerAnywhereIsKeptWithoutOne() {
        assertThat(quotes("The sign read \"No entry for anyone after dark tonight\" in red."))
                .extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple(null, null));
    }
}
