package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.ParsedFeed;

class FeedParserBreakageTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wrong-charset-utf8-declared-latin1-sent.xml",
                "no-declared-charset-cp1252.xml",
                "utf8-bom.xml",
                "utf16le-bom.xml",
                "declared-latin1-body-utf8.xml"
            })
    void charsetMixUpsStillGiveTheRightText(String fixture) {
        ParsedFeed feed = Fixtures.parse(fixture);
        assertThat(feed.title()).startsWith("Café crème").contains("naïve").doesNotContain("Ã", "\uFFFD");
        assertThat(feed.entries()).hasSize(1);
    }

    @Test
    void httpCharsetBeatsTheXmlDeclaration() {
        byte[] body =
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\u00e9t\u00e9</title></channel></rss>"
                        .getBytes(StandardCharsets.ISO_8859_1);
        FeedParseResult result = new FeedParser().parse(body, "text/xml; charset=ISO-8859-1", Fixtures.LOCATION);
        assertThat(((FeedParseResult.Parsed) result).feed().title()).isEqualTo("été");
    }

    @Test
    void undeclaredHtmlEntitiesAndBareAmpersands() {
        ParsedFeed feed = Fixtures.parse("undeclared-entities.xml");
        assertThat(feed.title()).isEqualTo("Café\u00a0News — daily");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Crème brûlée & more &bogus; stuff");
        assertThat(entry.link()).isEqualTo("http://cafe.example.com/1?a=1&b=2");
        assertThat(entry.summary()).isEqualTo("Fish & chips “quoted” – dash");
    }

    @Test
    void invalidControlCharactersAreDropped() {
        ParsedFeed feed = Fixtures.parse("control-chars.xml");
        assertThat(feed.title()).isEqualTo("Control chars here");
        assertThat(feed.entries().get(0).title()).isEqualTo("Bell item");
        assertThat(feed.entries().get(0).summary()).isEqualTo("nul byte  ref");
    }

    @Test
    void malformedMarkupStillGivesEntries() {
        ParsedFeed feed = Fixtures.parse("malformed.xml");
        assertThat(feed.title()).isEqualTo("Broken markup");
        assertThat(feed.entries())
                .extracting(FeedEntry::link)
                .containsExactly("http://broken.example.com/1", "http://broken.example.com/2");
    }

    @Test
    void missingGuidsGetStableDerivedIds() {
        ParsedFeed once = Fixtures.parse("missing-guids.xml");
        ParsedFeed twice = Fixtures.parse("missing-guids.xml");
        assertThat(once.entries())
                .extracting(FeedEntry::id)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("urn:storyloom:entry:"));
        assertThat(once.entries())
                .extracting(FeedEntry::id)
                .isEqualTo(twice.entries().stream().map(FeedEntry::id).toList());
    }

    @Test
    void datesInManyForms() {
        ParsedFeed feed = Fixtures.parse("dates.xml");
        assertThat(feed.entries())
                .extracting(FeedEntry::published)
                .containsExactly(
                        Instant.parse("2025-06-03T13:30:00Z"),
                        Instant.parse("2025-06-03T15:30:00Z"),
                        Instant.parse("2025-06-03T08:30:00Z"),
                        Instant.parse("2025-06-03T08:30:00Z"),
                        Instant.parse("2025-06-03T00:00:00Z"),
                        null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary-junk.bin", "page-with-feeds.html"})
    void nonFeedsAreRejectedWithOneLineReason(String fixture) {
        FeedParseResult result = Fixtures.result(fixture);
        assertThat(result).isInstanceOf(FeedParseResult.Rejected.class);
        String reason = ((FeedParseResult.Rejected) result).reason();
        assertThat(reason).startsWith("feed: ").doesNotContain("\n");
    }

    @Test
    void emptyAndInvalidJsonAreRejected() {
        FeedParser parser = new FeedParser();
        assertThat(parser.parse(new byte[0], null, Fixtures.LOCATION)).isInstanceOf(FeedParseResult.Rejected.class);
        FeedParseResult json = parser.parse("{\"version\": ".getBytes(StandardCharsets.UTF_8), null, Fixtures.LOCATION);
        assertThat(json).isInstanceOf(FeedParseResult.Rejected.class);
        assertThat(((FeedParseResult.Rejected) json).reason()).startsWith("feed: invalid JSON");
    }
}
