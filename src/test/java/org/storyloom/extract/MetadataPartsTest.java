package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Unit tests of the metadata cascade's parts: dates, titles, bylines, captions. */
class MetadataPartsTest {

    @Test
    void datesKeepTheirOffset() {
        assertThat(Dates.parse("2031-06-02T18:30:00-04:00")).hasToString("2031-06-02T18:30-04:00");
        assertThat(Dates.parse("2031-06-02T18:30:00.000Z")).hasToString("2031-06-02T18:30Z");
        assertThat(Dates.parse("2031-06-02T18:30:00+0530")).hasToString("2031-06-02T18:30+05:30");
        assertThat(Dates.parse("Mon, 02 Jun 2031 18:30:00 GMT")).hasToString("2031-06-02T18:30Z");
        assertThat(Dates.parse("June 2, 2031")).hasToString("2031-06-02T00:00Z");
        assertThat(Dates.parse("2 June 2031")).hasToString("2031-06-02T00:00Z");
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.fromUrl("https://x.example/2031/06/02/story")).hasToString("2031-06-02T00:00Z");
    }

    @Test
    void titlesLoseTheSiteName() {
        assertThat(Titles.withoutSite("Leaders meet at border summit - Northern Ledger", "Northern Ledger"))
                .isEqualTo("Leaders meet at border summit");
        assertThat(Titles.withoutSite("Ledger | Leaders meet at border summit", "Ledger"))
                .isEqualTo("Leaders meet at border summit");
        assertThat(Titles.withoutSite("Why prices rose: a guide", null)).isEqualTo("Why prices rose: a guide");
    }

    @Test
    void titlePrefersTheHeadlineThatAgreesWithTheMetadata() {
        var doc = Jsoup.parse("<title>Rates held | Money Desk</title><h1>Money Desk</h1><h1>Rates held</h1>");

        assertThat(Titles.choose(doc, null, "Rates held", "Money Desk")).isEqualTo("Rates held");
    }

    @Test
    void bylinesAreSplitAndCleaned() {
        assertThat(Bylines.split("By Ana Pires and Tom Hale | Staff")).containsExactly("Ana Pires", "Tom Hale");
        assertThat(Bylines.split("https://news.example/author/ana-pires/")).containsExactly("Ana Pires");
        assertThat(Bylines.split("admin")).isEmpty();
    }

    @Test
    void captionsAndCreditsStayApart() {
        assertThat(Captions.splitText("Crowds at the gate. (Photo: Lee Park/AP)"))
                .isEqualTo(new Captions.Split("Crowds at the gate.", "Photo: Lee Park/AP"));
        assertThat(Captions.splitText("Crowds at the gate. Photograph: Lee Park"))
                .isEqualTo(new Captions.Split("Crowds at the gate.", "Photograph: Lee Park"));
        assertThat(Captions.splitText("Crowds at the gate."))
                .isEqualTo(new Captions.Split("Crowds at the gate.", null));
    }

    @Test
    void aHeadlineWrappingTheTitleInADateOrSourceGivesTheTitle() {
        String t = "Harbour reopens after winter repairs";
        var dated = Jsoup.parse("<title>" + t + " | Ledger</title><h1>Dec 18 2031 " + t + "</h1>");
        var sourced = Jsoup.parse("<title>" + t + " - Ledger</title><h1>" + t + " (ledger.com) 87</h1>");
        var label = Jsoup.parse("<title>" + t + "</title><h1>Blog: " + t + "</h1>");
        var subtitle = Jsoup.parse("<title>Harbour</title><h1>The Harbour reopens today</h1>");

        assertThat(Titles.choose(dated, null, null, "Ledger")).isEqualTo(t);
        assertThat(Titles.choose(sourced, null, null, "Ledger")).isEqualTo(t);
        assertThat(Titles.choose(label, null, null, null)).isEqualTo(t);
        assertThat(Titles.choose(subtitle, null, null, null)).isEqualTo("The Harbour reopens today");
    }

    @Test
    void aBylineLabelTakesTheNameBesideItAndADateIsCutOff() {
        var labelled = Jsoup.parse("<div><p class=x>Written by</p><p class=y>Ana Pires</p></div>");
        var dated = Jsoup.parse("<div class='publish-date-author'>Dec. 19, 2031 &middot; Tom Hale</div>");
        var plain = Jsoup.parse("<p>Written by Ana Pires</p>");

        assertThat(Bylines.find(labelled, PageMarks.of(labelled), new MetaTags(labelled), List.of(), null)
                        .byline())
                .isEqualTo("Ana Pires");
        assertThat(Bylines.find(dated, PageMarks.of(dated), new MetaTags(dated), List.of(), null)
                        .authors())
                .containsExactly("Tom Hale");
        assertThat(Bylines.find(plain, PageMarks.of(plain), new MetaTags(plain), List.of(), null)
                        .authors())
                .containsExactly("Ana Pires");
    }

    @Test
    void aLoneHeadingThatSharesNoWordWithTheMetadataIsASectionLabel() {
        var label = Jsoup.parse("<title>Harbour reopens after repairs - Ledger</title><h1>Latest updates</h1>");
        var reworded = Jsoup.parse("<title>Harbour reopens - Ledger</title><h1>Elmport harbour opens again</h1>");

        assertThat(Titles.choose(label, null, null, "Ledger")).isEqualTo("Harbour reopens after repairs");
        assertThat(Titles.choose(reworded, null, null, "Ledger")).isEqualTo("Elmport harbour opens again");
    }

    @Test
    void aSubtitleAfterABarAndTheSiteNameAfterADashAreCut() {
        var barred = Jsoup.parse("<h1>Best harbour walks in 2031 | Top 12 routes</h1>");
        var named = Jsoup.parse("<title>Harbour reopens - Ledger</title><h1>Harbour reopens - Ledger</h1>");

        assertThat(Titles.choose(barred, null, "Best harbour walks in 2031 | Top 12 routes", null))
                .isEqualTo("Best harbour walks in 2031");
        assertThat(Titles.choose(named, null, null, "Ledger")).isEqualTo("Harbour reopens");
        assertThat(Titles.withoutSubtitle("Q | A")).isEqualTo("Q | A");
    }

    @Test
    void aTruncatedStructuredHeadlineGivesWayToTheWholeOne() {
        var doc = Jsoup.parse("<title>x</title>");
        String whole = "Harbour reopens after repairs (and a new ferry starts)";

        assertThat(Titles.choose(doc, "Harbour reopens after repairs (and a", whole + " - Ledger", "Ledger"))
                .isEqualTo(whole);
        assertThat(Titles.choose(doc, "Harbour reopens after repairs", "Harbour reopens after repairs - Ledger", null))
                .isEqualTo("Harbour reopens after repairs");
    }

    @Test
    void aHeadlineThatLostItsCountOrItsCharactersGivesWayToTheClaim() {
        var counted = Jsoup.parse("<title>8 Harbour walks for winter - Ledger</title><h1><span class=n></span>"
                + "Harbour walks for winter</h1>");
        var broken = Jsoup.parse(
                "<title>Harbour rules: the Beginner's Guide</title>" + "<h1>Harbour rules? the Beginner? Guide</h1>");
        var asked = Jsoup.parse("<title>Is the harbour open? - Ledger</title><h1>Is the harbour open?</h1>");

        assertThat(Titles.choose(counted, null, null, "Ledger")).isEqualTo("8 Harbour walks for winter");
        assertThat(Titles.choose(broken, null, null, null)).isEqualTo("Harbour rules: the Beginner's Guide");
        assertThat(Titles.choose(asked, null, null, "Ledger")).isEqualTo("Is the harbour open?");
    }

    @Test
    void aLoneHeadingSetAsAParagraphALeadInOrACapitalsBannerGivesWayToTheClaim() {
        String blurb = "Learn which harbour walks have the best views? Get tips from local guides on how to plan a walk"
                + " along the sea wall, and everything you need to know about tides, parking and the best time to go.";
        var paragraph = Jsoup.parse("<title>Best harbour walks of 2031 - Ledger</title><h1>" + blurb + "</h1>");
        var leadIn = Jsoup.parse("<title>Harbour reopens - Ledger</title><h1>A message from the harbour master:</h1>");
        var banner = Jsoup.parse("<title>Harbour walks guide: tips from locals</title>"
                + "<h1>HARBOUR WALKS GUIDE FOR 2031: TIPS FROM LOCALS</h1>");
        var plain = Jsoup.parse("<title>Harbour walks guide - Ledger</title><h1>Harbour walks for 2031</h1>");

        assertThat(Titles.choose(paragraph, null, null, "Ledger")).isEqualTo("Best harbour walks of 2031");
        assertThat(Titles.choose(leadIn, null, null, "Ledger")).isEqualTo("Harbour reopens");
        assertThat(Titles.choose(banner, null, null, null)).isEqualTo("Harbour walks guide: tips from locals");
        assertThat(Titles.choose(plain, null, null, "Ledger")).isEqualTo("Harbour walks for 2031");
    }

    @Test
    void aSiteNamedByItsDomainIsCutFromTheTitle() {
        var doc = Jsoup.parse("<title>GAME CHANGER | Shop.example.com</title>");

        assertThat(Titles.choose(doc, null, null, null)).isEqualTo("GAME CHANGER");
    }
}
