package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NameEvidenceTest {

    private static final Instant T = Instant.parse("2025-03-01T08:00:00Z");

    private final TermVectorizer vectorizer = new TermVectorizer(1.5, 80);
    private final NameEvidence names = new NameEvidence();
    private long seq;

    // the body repeats the headline, as full-text articles do
    private Member member(String title) {
        return member(title, title);
    }

    private Member member(String title, String text) {
        TermVector terms = vectorizer.learnAndVectorise(title, text);
        String id = "m" + seq;
        return new Member(id, title, T, "src", id, new float[] {1, 0}, terms, seq++, !text.isBlank(), 0);
    }

    private StoryState story(String... titles) {
        StoryState story = new StoryState("s" + seq, seq, 2, T);
        for (String title : titles) {
            story.add(member(title));
        }
        return story;
    }

    @Test
    void articleNamingOthersThanTheStoryIsPenalised() {
        StoryState leeds = story("Driver sought after cyclist killed in Leeds by Headingley Road");

        Member bristol = member("Driver sought after cyclist killed in Bristol near Clifton Down");

        assertThat(names.penalty(bristol, leeds)).isEqualTo(NameEvidence.PENALTY);
    }

    @Test
    void theMoreNamesAgreeTheSmallerThePenalty() {
        StoryState leeds = story(
                "Driver sought after cyclist killed in Leeds by Headingley Road",
                "Cyclist killed in Leeds was father of two, Headingley neighbours say");

        double oneWeakName =
                names.penalty(member("Police in Leeds arrest man over death of cyclist named as Tom Baker"), leeds);
        double sameNames = names.penalty(member("Man charged over Leeds cyclist death on Headingley Road"), leeds);

        assertThat(oneWeakName).isStrictlyBetween(0.0, NameEvidence.PENALTY);
        assertThat(sameNames).isZero();
    }

    @Test
    void thePenaltyFallsLinearlyToZeroAtAgreement() {
        assertThat(NameEvidence.grade(0)).isEqualTo(NameEvidence.PENALTY);
        assertThat(NameEvidence.grade(NameEvidence.AGREEMENT / 2)).isCloseTo(NameEvidence.PENALTY / 2, within(1e-12));
        assertThat(NameEvidence.grade(NameEvidence.AGREEMENT)).isZero();
        assertThat(NameEvidence.grade(1)).isZero();
    }

    @Test
    void theCachedStoryNormFollowsTheStory() {
        StoryState leeds = story("Driver sought after cyclist killed in Leeds by Headingley Road");
        Member follow = member("Police in Leeds arrest man over death of cyclist named as Tom Baker");
        double before = names.penalty(follow, leeds);

        leeds.add(member("Tom Baker named as cyclist killed in Leeds"));

        assertThat(names.penalty(follow, leeds)).isLessThan(before);
        assertThat(names.penalty(follow, leeds)).isEqualTo(new NameEvidence().penalty(follow, leeds));
    }

    @Test
    void tooFewNamesOnEitherSideIsNoEvidence() {
        StoryState leeds = story("Driver sought after cyclist killed in Leeds by Headingley Road");
        StoryState anonymous = story("Driver sought after cyclist killed in hit and run");

        assertThat(names.penalty(member("Cyclist killed in Bristol crash"), leeds))
                .isZero();
        assertThat(names.penalty(member("Cyclist killed in Bristol near Clifton Down"), anonymous))
                .isZero();
    }

    @Test
    void headlinesWithoutTextAreNotJudged() {
        // title case makes every word look like a name: a bare headline is no evidence either way
        StoryState leeds = story("Driver sought after cyclist killed in Leeds by Headingley Road");
        StoryState headlines = new StoryState("h", 99, 2, T);
        headlines.add(member("Police Name Bristol Cyclist Killed By Driver", ""));

        Member bristol = member("Driver Sought After Cyclist Killed In Bristol", "");

        assertThat(bristol.terms().names()).contains(true);
        assertThat(names.penalty(bristol, leeds)).isZero();
        assertThat(names.penalty(member("Cyclist killed in Leeds by Headingley Road"), headlines))
                .isZero();
        assertThat(names.penalty(leeds, headlines)).isZero();
    }

    @Test
    void storiesWithDisjointNamesArePenalised() {
        StoryState leeds = story(
                "Driver sought after cyclist killed in Leeds by Headingley Road",
                "Cyclist killed in Leeds was father of two, Headingley neighbours say");
        StoryState bristol = story(
                "Driver sought after cyclist killed in Bristol near Clifton Down",
                "Bristol cyclist death: police appeal near Clifton Down");
        StoryState leedsFollowUp = story("Man charged over Leeds cyclist death in Headingley");

        assertThat(names.penalty(leeds, bristol)).isEqualTo(NameEvidence.PENALTY);
        assertThat(names.penalty(leeds, leedsFollowUp)).isZero();
        assertThat(names.penalty(bristol, leedsFollowUp)).isEqualTo(NameEvidence.PENALTY);
        assertThat(names.cosine(leeds, leedsFollowUp)).isEqualTo(names.cosine(leedsFollowUp, leeds));
    }

    // Through the clusterer: embedding alone says "same story", names decide.
    private static ClusterConfig embeddingOnly(double join, double merge) {
        return new ClusterConfig(
                Duration.ofDays(3), 1.0, join, merge, -1, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
    }

    private static ClusterArticle article(String id, String title, float[] embedding) {
        return new ClusterArticle(id, title, title, T, "src-" + id, id, embedding);
    }

    private static final float[] HIT_AND_RUN = {1, 0};
    private static final float[] HIT_AND_RUN_TOO = Vectors.normalise(new float[] {1, 0.33f});

    @Test
    void sameKindOfEventElsewhereStartsItsOwnStory() {
        // cosine of the two embeddings is 0.95: above the join threshold of 0.9, not once names disagree
        StoryClusterer clusterer = new StoryClusterer(embeddingOnly(0.9, 2), 2);
        clusterer.add(article("leeds", "Driver sought after cyclist killed in Leeds by Headingley Road", HIT_AND_RUN));
        clusterer.add(
                article("bristol", "Driver sought after cyclist killed in Bristol near Clifton Down", HIT_AND_RUN_TOO));
        clusterer.add(article("leeds-2", "Man charged over Leeds cyclist death in Headingley", HIT_AND_RUN_TOO));

        assertThat(clusterer.storyOf("bristol")).contains("bristol");
        assertThat(clusterer.storyOf("leeds-2")).contains("leeds");
    }

    @Test
    void maintenanceDoesNotMergeStoriesWithDisjointNames() {
        // joining is unreachable, so each article starts a story; the merge threshold of 0.9 is below the cosine
        StoryClusterer clusterer = new StoryClusterer(embeddingOnly(1.5, 0.9), 2);
        clusterer.add(article("leeds", "Driver sought after cyclist killed in Leeds by Headingley Road", HIT_AND_RUN));
        clusterer.add(
                article("bristol", "Driver sought after cyclist killed in Bristol near Clifton Down", HIT_AND_RUN_TOO));
        clusterer.add(article("leeds-2", "Man charged over Leeds cyclist death in Headingley", HIT_AND_RUN_TOO));

        clusterer.maintain();

        assertThat(clusterer.storyOf("bristol")).contains("bristol");
        assertThat(clusterer.storyOf("leeds-2")).contains("leeds");
    }
}
