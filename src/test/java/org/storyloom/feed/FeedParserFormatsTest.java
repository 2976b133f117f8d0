package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storyloom.model.Enclosure;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.ParsedFeed;

class FeedParserFormatsTest {

    @Test
    void rss20WithContentDublinCoreMediaAndEnclosures() {
        ParsedFeed feed = Fixtures.parse("rss20.xml");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("Harbour Gazette");
        assertThat(feed.link()).isEqualTo("https://gazette.example.org/");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.entries()).hasSize(2);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.id()).isEqualTo("gazette-1001");
        assertThat(first.link()).isEqualTo("https://fixtures.example.com/news/ferry-timetable");
        assertThat(first.author()).isEqualTo("Ada Quill");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-06-03T07:30:00Z"));
        assertThat(first.summary()).isEqualTo("Short summary of the changes.");
        assertThat(first.content()).isEqualTo("<p>The <b>full</b> story.</p>");
        assertThat(first.categories()).containsExactly("Transport", "Local");
        assertThat(first.enclosures())
                .containsExactly(
                        new Enclosure("https://gazette.example.org/audio/ferry.mp3", "audio/mpeg", 123456),
                        new Enclosure("https://gazette.example.org/img/ferry.jpg", "image/jpeg", 2048),
                        new Enclosure("https://gazette.example.org/img/ferry-small.jpg", "image", -1));
        assertThat(feed.entries().get(1).author()).isEqualTo("editor@gazette.example.org (The Editor)");
    }

    @Test
    void rss091WithNetscapeDoctype() {
        ParsedFeed feed = Fixtures.parse("rss091.xml");
        assertThat(feed.format()).isEqualTo("rss_0.91u");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("First post");
            assertThat(e.summary()).isEqualTo("Hello & welcome");
        });
    }

    @Test
    void rss090AndRss10Rdf() {
        ParsedFeed ninety = Fixtures.parse("rss090.rdf");
        assertThat(ninety.format()).isEqualTo("rss_0.9");
        assertThat(ninety.entries()).extracting(FeedEntry::title).containsExactly("Ninety item");

        ParsedFeed rdf = Fixtures.parse("rss10.rdf");
        assertThat(rdf.format()).isEqualTo("rss_1.0");
        FeedEntry entry = rdf.entries().get(0);
        assertThat(entry.id()).isEqualTo("http://rdf.example.com/a");
        assertThat(entry.author()).isEqualTo("Rita Dee");
        assertThat(entry.published()).isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
        assertThat(entry.categories()).contains("Science");
    }

    @Test
    void atom10ResolvesXmlBaseAndUnwrapsXhtml() {
        ParsedFeed feed = Fixtures.parse("atom10.xml");
        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.title()).isEqualTo("Atom Blog");
        assertThat(feed.link()).isEqualTo("https://atom.example.net/blog/");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("tag:atom.example.net,2025:1");
        assertThat(entry.title()).isEqualTo("Fish &amp; chips");
        assertThat(entry.link()).isEqualTo("https://atom.example.net/blog/posts/fish");
        assertThat(entry.author()).isEqualTo("Bea Writer (bea@atom.example.net)");
        assertThat(entry.published()).isEqualTo(Instant.parse("2025-01-09T09:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2025-01-10T08:00:00Z"));
        assertThat(entry.categories()).containsExactly("food");
        assertThat(entry.summary()).isEqualTo("A summary.");
        assertThat(entry.content())
                .isEqualTo("<p>See <a href=\"https://atom.example.net/other/page.html\">this</a>.</p>");
        assertThat(entry.enclosures())
                .containsExactly(new Enclosure("https://atom.example.net/blog/media/fish.ogg", "audio/ogg", 99));
    }

    @Test
    void atom03() {
        ParsedFeed feed = Fixtures.parse("atom03.xml");
        assertThat(feed.format()).isEqualTo("atom_0.3");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Old atom entry");
        assertThat(entry.author()).isEqualTo("Old Timer");
        assertThat(entry.published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
        assertThat(entry.content()).isEqualTo("<p>Escaped body</p>");
    }

    @Test
    void jsonFeed11() {
        ParsedFeed feed = Fixtures.parse("jsonfeed11.json");
        assertThat(feed.format()).isEqualTo("json-1.1");
        assertThat(feed.title()).isEqualTo("JSON Eleven");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.id()).isEqualTo("j1");
        assertThat(first.link()).isEqualTo("https://fixtures.example.com/posts/1");
        assertThat(first.author()).isEqualTo("Feed Author");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-03-01T15:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2025-03-02T10:00:00Z"));
        assertThat(first.content()).isEqualTo("<p>Hello</p>");
        assertThat(first.summary()).isEqualTo("Hello summary");
        assertThat(first.categories()).containsExactly("json", "feeds");
        assertThat(first.enclosures())
                .containsExactly(new Enclosure("https://json.example.org/a.mp3", "audio/mpeg", 42));
        FeedEntry second = feed.entries().get(1);
        assertThat(second.id()).startsWith("urn:storyloom:entry:");
        assertThat(second.content()).isEqualTo("Plain text only");
        assertThat(second.author()).isEqualTo("Guest");
    }

    @Test
    void jsonFeed10() {
        ParsedFeed feed = Fixtures.parse("jsonfeed10.json");
        assertThat(feed.format()).isEqualTo("json-1.0");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.author()).isEqualTo("Solo");
            assertThat(e.published()).isEqualTo(Instant.parse("2020-05-05T05:05:05Z"));
        });
    }
}
