package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Rules of the body cascade, each on a small page made for it. */
class BodyRulesTest {

    private static final URI URL = URI.create("https://courier.example/news/story");

    private static final String PROSE = "<p>Officials said the work would continue through the weekend, with extra"
            + " crews brought in from the neighbouring district, and that residents should expect delays.</p>";

    private static String text(String html) {
        Extraction result = new Extractor().extract(html, URL);
        assertThat(result).isInstanceOf(ExtractedArticle.class);
        return ((ExtractedArticle) result).text();
    }

    @Test
    void aHiddenElementHoldingThePageStreamedByAScriptIsKept() {
        String html = "<body><div hidden id='S:0'><main>" + PROSE.repeat(3)
                + "<p>The bridge will reopen on Friday morning after the final inspection.</p></main></div>"
                + "<div hidden><p>Sign in to continue</p></div></body>";

        assertThat(text(html)).contains("The bridge will reopen").doesNotContain("Sign in");
    }

    @Test
    void aSidebarWithManyParagraphsIsNotPartOfTheArticle() {
        String widget = "<p>Readers voted on the season's best episode in our weekly poll, and the results are in,"
                + " with a surprise winner at the top of the list.</p>";
        String html = "<body><div class=site><div class=content><h2>Harbour bridge</h2>" + PROSE.repeat(2)
                + "<p>The bridge will reopen on Friday morning after the final inspection.</p></div>"
                + "<aside class=sidebar><h5>Author's column</h5>" + widget.repeat(6) + "</aside></div></body>";

        assertThat(text(html)).contains("The bridge will reopen").doesNotContain("weekly poll");
    }

    @Test
    void aWrapperNamedForCommentsThatHoldsTheNamedPostContentIsKept() {
        String html = "<body><div class=layout><div class=commentOnSelection><div id=postContent>" + PROSE.repeat(5)
                + "<p>The bridge will reopen on Friday morning after the final inspection.</p></div></div></div>"
                + "<div class=comments>"
                + "<p>I drive over it every day and cannot wait, thanks for the update.</p>".repeat(6)
                + "</div></body>";

        assertThat(text(html)).contains("The bridge will reopen").doesNotContain("cannot wait");
    }

    @Test
    void aTemplatesLoremIpsumFillerAndALoneTableOfContentsLabelAreDropped() {
        String html = "<body><article><h2>Table of Contents \u25bc</h2>" + PROSE.repeat(3)
                + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
                + " et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut"
                + " aliquip ex ea commodo consequat, duis aute irure dolor in reprehenderit in voluptate.</p>"
                + "<p>The contents of the report were published on Friday morning.</p></article></body>";

        assertThat(text(html))
                .contains("Officials said", "The contents of the report")
                .doesNotContain("Table of Contents", "Lorem ipsum");
    }

    @Test
    void anAsideThatWrapsTheMarkedArticleIsKept() {
        String html = "<body><aside><article><h1>Harbour bridge reopens</h1>" + PROSE.repeat(3)
                + "<p>The bridge will reopen on Friday morning after the final inspection.</p></article></aside>"
                + "</body>";

        assertThat(text(html)).contains("The bridge will reopen");
    }

    @Test
    void teaserCardSummariesAreNotRescuedAsProse() {
        String card = "<div class=card><a href='/x'><h4>Other story</h4><p>A summary of another story that reads"
                + " just like a sentence of prose but belongs to a different article entirely</p></a></div>";
        String side = "<div class=tile><h3><a href='/y'>Third story</a></h3><p>Yet another summary line that"
                + " reads like prose and sits beside a linked headline in a small tile</p></div>";
        String html = "<body><div><p>The bridge will reopen on Friday morning, officials said, after the inspection"
                + " of its supports.</p></div><section>" + (card + side).repeat(8) + "</section></body>";

        var body = org.jsoup.Jsoup.parse(html).body();
        var stats = TextStats.of(body);

        assertThat(BodyCascade.prose(body, stats))
                .extracting(e -> e.text())
                .containsExactly(
                        "The bridge will reopen on Friday morning, officials said, after the inspection of its supports.");
    }

    @Test
    void aLongParagraphSaidAgainWordForWordAndPhotoCreditsAreDropped() {
        String caption = "<p>Officials inspect the supports of the harbour bridge in the early morning light on"
                + " Wednesday.</p>";
        String html = "<body><article>" + PROSE + caption + "<p>Photo: Lee Park, AP</p>"
                + PROSE.replace("weekend", "week") + caption + "</article></body>";

        String text = text(html);

        assertThat(text.split("Officials inspect", -1)).hasSize(2);
        assertThat(text).doesNotContain("Lee Park");
    }

    @Test
    void captionsStayInTheFigureBlocksButOutOfThePlainText() {
        String html = "<body><article><figure><img src='/a.jpg'><figcaption>Crews at the harbour wall at dawn"
                + "</figcaption></figure>" + PROSE + "<div class='image-caption'>Divers check the pier supports"
                + " (Photo: Lee Park)</div>" + PROSE.replace("weekend", "week") + "</article></body>";

        ExtractedArticle a = (ExtractedArticle) new Extractor().extract(html, URL);

        assertThat(a.text()).contains("Officials said").doesNotContain("Crews at the harbour", "Divers check");
        assertThat(a.blocks())
                .contains(new Block.Figure("https://courier.example/a.jpg", "Crews at the harbour wall at dawn", null))
                .contains(new Block.Figure(null, "Divers check the pier supports", "Photo: Lee Park"));
    }

    @Test
    void anArticleWrittenAsABulletListIsRescuedWithoutTeaserItems() {
        String item = "<li>Start with one plant-based meal a week and build from there, adding a new recipe each"
                + " time so the change feels easy and lasting for the whole family.</li>";
        String teaser = "<li><a href='/other'>Another story about the harbour reopening this week</a> A summary of"
                + " that other story that is long enough to read like prose.</li>";
        String html = "<body><div><p>Here is how to change the way you eat.</p></div><ul>"
                + item.repeat(2).replace("one plant", "two plant") + item + "</ul><ul>" + teaser + "</ul></body>";

        assertThat(text(html))
                .contains("Start with one plant-based meal", "Start with two plant-based meal")
                .doesNotContain("A summary of that other story");
    }

    @Test
    void anElementHiddenByAUtilityClassIsDroppedUnlessShownAgainAtSomeScreenSize() {
        String html = "<body><article>" + PROSE + "<div class='gallery-overlay hidden'><p>Back to gallery of the"
                + " harbour works</p></div><div class='hidden md:block'><p>Crews worked through the night to"
                + " finish the harbour wall.</p></div>" + PROSE.replace("weekend", "week") + "</article></body>";

        assertThat(text(html)).doesNotContain("Back to gallery").contains("Crews worked through the night");
    }

    @Test
    void advertLabelsLikeButtonsAndTipLinesAreDropped() {
        String html = "<body><article>" + PROSE + "<p>Advert</p><p>Like this:</p><p>Like Loading...</p>"
                + PROSE.replace("weekend", "week") + "<p>Have a tip? Lee Park may be reached at the desk.</p>"
                + "<p>Like this bridge, the old pier will be rebuilt.</p></article></body>";

        assertThat(text(html))
                .doesNotContain("Advert", "Like this:", "Loading", "Have a tip")
                .contains("Like this bridge, the old pier will be rebuilt.");
    }
}
