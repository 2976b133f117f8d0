package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateLearnerTest {

    private static List<String> source() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("Story number " + i + " begins with news of event " + i + ". It goes on for a while.\n\n"
                    + "Support Ukrainska Pravda on Patreon!\n\n"
                    + "Source: the ministry, as reported by European Pravda. More details of case " + i + " follow.");
        }
        return texts;
    }

    @Test
    void learnsParagraphsAndSentencesThatRecurAcrossTheSource() {
        LearnedBoilerplate learned = new BoilerplateLearner().learn(source());

        assertThat(learned.articlesSeen()).isEqualTo(10);
        assertThat(learned.entries())
                .contains(new LearnedBoilerplate.Entry("Support Ukrainska Pravda on Patreon!", 10))
                .contains(new LearnedBoilerplate.Entry("Source: the ministry, as reported by European Pravda.", 10))
                .contains(new LearnedBoilerplate.Entry("It goes on for a while.", 10));
    }

    @Test
    void stripsLearnedUnitsFromNewText() {
        LearnedBoilerplate learned = new BoilerplateLearner().learn(source());

        String stripped = learned.strip("Fresh news here.\n\nSupport Ukrainska Pravda on Patreon!\n\n"
                + "Source: the ministry, as reported by European Pravda. A new detail.");

        assertThat(stripped).isEqualTo("Fresh news here.\n\nA new detail.");
    }

    @Test
    void stripsAnExtractedArticleAndRebuildsItsText() {
        LearnedBoilerplate learned = new BoilerplateLearner().learn(source());
        var meta = new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null);
        var article = new ExtractedArticle(meta, List.of(), "", "", ExtractedArticle.BodySource.CONTENT_SCORER)
                .withBlocks(List.of(
                        new Block.Paragraph("Real text."),
                        new Block.Paragraph("Support Ukrainska Pravda on Patreon!")));

        assertThat(learned.strip(article).text()).isEqualTo("Real text.");
        assertThat(learned.strip(article).html()).doesNotContain("Patreon");
    }

    @Test
    void learnsNothingFromTooFewArticles() {
        assertThat(new BoilerplateLearner().learn(source().subList(0, 4)).entries())
                .isEmpty();
    }
}
