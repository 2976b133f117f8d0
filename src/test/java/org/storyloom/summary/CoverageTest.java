package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyloom.model.QuoteMention;

class CoverageTest {

    private final Coverage coverage = new Coverage();

    @Test
    void findsNumbersTheOutletsDisagreeOn() {
        SourceArticle low = article(
                "a",
                "Coast Gazette",
                "Police said 200 homes were evacuated on Tuesday night."
                        + " The warehouse held 4,000 tonnes of wheat.");
        SourceArticle high = article(
                "b",
                "Wire",
                "About 250 homes were evacuated as the fire spread on Tuesday."
                        + " The warehouse held about 4,000 tonnes of wheat, officials said.");

        Perspectives perspectives = perspectives(List.of(low, high), Map.of());

        assertThat(perspectives.numbers()).hasSize(1);
        NumberDispute homes = perspectives.numbers().getFirst();
        assertThat(homes.quantity()).contains("homes");
        assertThat(homes.claims()).extracting(NumberClaim::amount).containsExactly(200.0, 250.0);
        assertThat(homes.claims()).extracting(NumberClaim::source).containsExactly("Coast Gazette", "Wire");
        assertThat(homes.claims().get(1).written()).isEqualTo("About 250");
    }

    @Test
    void readsWordsRangesAndScalesButNotYearsTimesDatesOrAges() {
        StorySentence sentence = sentence("Some 10,000 to 12,000 servicemen and six battalions arrived in 1962,"
                + " at 6 pm on March 3, with $12 million in aid for the 45 year-old commander aged 45 years.");

        List<NumberClaim> claims = Numbers.in(sentence, "X");

        assertThat(claims).extracting(NumberClaim::amount).containsExactly(10_000.0, 6.0, 12_000_000.0);
        assertThat(claims.getFirst().quantity()).isEqualTo("servicemen and six");
        assertThat(claims.get(1).quantity()).isEqualTo("battalions arrived");
        assertThat(claims.get(2).written()).isEqualTo("$12 million");
    }

    @Test
    void showsWhatOnlyOneOutletReportsAndTheQuotesEachChose() {
        QuoteMention lucky = new QuoteMention("Amir Haddad", null, "We were lucky this time", "said", "");

        Perspectives perspectives =
                perspectives(StoryTexts.firstDay(), Map.of(StoryTexts.GAZETTE.id(), List.of(lucky)));

        assertThat(perspectives.outlets())
                .extracting(OutletView::source)
                .containsExactly("Northport Herald", "Coast Gazette", "Wire");
        OutletView gazette = perspectives.outlets().get(1);
        assertThat(gazette.quotes()).containsExactly(lucky);
        assertThat(gazette.onlyHere())
                .extracting(CitedSentence::text)
                .anyMatch(t -> t.contains("review of fire safety"));
        OutletView wire = perspectives.outlets().get(2);
        assertThat(wire.onlyHere()).extracting(CitedSentence::text).noneMatch(t -> t.contains("200"));
    }

    @Test
    void aStoryFromOneOutletHasNothingToCompare() {
        assertThat(perspectives(List.of(StoryTexts.HERALD, StoryTexts.LATER), Map.of())
                        .isEmpty())
                .isTrue();
    }

    private Perspectives perspectives(List<SourceArticle> articles, Map<String, List<QuoteMention>> quotes) {
        return coverage.of(articles, StoryTexts.SENTENCES.of(articles), quotes);
    }

    private static SourceArticle article(String id, String source, String text) {
        return new SourceArticle(id, "", text, null, source);
    }

    private static StorySentence sentence(String text) {
        return new StorySentence("s", 0, 0, text, StorySentences.terms(text));
    }
}
