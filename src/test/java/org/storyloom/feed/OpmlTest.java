package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyloom.model.OpmlFeed;

class OpmlTest {

    private final Opml opml = new Opml();

    @Test
    void nestedOutlinesBecomeCategoriesAndDuplicatesAreSkipped() {
        List<OpmlFeed> feeds = opml.read(Fixtures.bytes("opml-nested.opml"));
        assertThat(feeds)
                .containsExactly(
                        new OpmlFeed("http://loose.example.com/rss", "Loose feed", "http://loose.example.com/", null),
                        new OpmlFeed("http://globe.example.com/feed", "Globe", null, "News/World"),
                        new OpmlFeed("http://local.example.com/feed", "Local", null, "News"),
                        new OpmlFeed("http://bits.example.com/atom.xml", "Bits", null, "Tech & Science"));
    }

    @Test
    void writeThenReadGivesTheSameList() {
        List<OpmlFeed> feeds = List.of(
                new OpmlFeed("http://a.example.com/rss", "A & B", "http://a.example.com/", null),
                new OpmlFeed("http://b.example.com/rss", "B <b>", null, "News/World"),
                new OpmlFeed("http://c.example.com/rss", "C", null, "News/World"),
                new OpmlFeed("http://d.example.com/rss", "D", null, "News"),
                new OpmlFeed("http://e.example.com/rss", "É", null, "Tech"));
        String written = opml.write(feeds, "Storyloom export");
        assertThat(written).contains("<opml version=\"2.0\">").contains("<title>Storyloom export</title>");
        assertThat(opml.read(written.getBytes(StandardCharsets.UTF_8))).containsExactlyElementsOf(feeds);
    }

    @Test
    void hostileAndBrokenOpmlIsSafe() {
        String hostile = "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body>"
                + "<outline text=\"&x;\" xmlUrl=\"http://x.example.com/&x;\"/><outline text=\"unclosed\" xmlUrl=\"http://y.example.com/\">"
                + "</body>";
        List<OpmlFeed> feeds = opml.read(hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(feeds).extracting(OpmlFeed::xmlUrl).contains("http://y.example.com/");
        assertThat(feeds.toString()).doesNotContain("root:");
        assertThat(opml.read("not xml at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
