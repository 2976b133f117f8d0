package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextPolicyTest {

    private final FullTextPolicy policy = new FullTextPolicy();

    @Test
    void fetchesWhenContentIsMissingOrAStub() {
        assertThat(policy.assess(null).reason()).isEqualTo(FullTextPolicy.Reason.MISSING);
        assertThat(policy.assess("<p>The council met tonight to discuss the budget [&#8230;]</p>")
                        .reason())
                .isEqualTo(FullTextPolicy.Reason.READ_MORE_STUB);
        assertThat(policy.assess("The council met. <a href=\"/x\">Read more</a>")
                        .fetchPage())
                .isTrue();
        assertThat(policy.assess("A short but finished note.").reason()).isEqualTo(FullTextPolicy.Reason.TOO_SHORT);
    }

    @Test
    void keepsAFullFeedText() {
        String full = "word ".repeat(400) + "end.";

        assertThat(policy.assess(full))
                .isEqualTo(new FullTextPolicy.Assessment(false, FullTextPolicy.Reason.COMPLETE, 401));
    }

    @Test
    void showsThePageOnlyWhenItIsAnArticleAndLonger() {
        var meta = new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null);
        var page = new ExtractedArticle(meta, List.of(), "", "", ExtractedArticle.BodySource.CONTENT_SCORER)
                .withBlocks(List.of(new Block.Paragraph("word ".repeat(300))));

        assertThat(policy.choose("A teaser of ten words or so, then nothing.", page))
                .isEqualTo(FullTextPolicy.Shown.PAGE);
        assertThat(policy.choose("word ".repeat(300), page)).isEqualTo(FullTextPolicy.Shown.FEED);
        assertThat(policy.choose("teaser", new NoArticle("extract: empty page")))
                .isEqualTo(FullTextPolicy.Shown.FEED);
    }
}
