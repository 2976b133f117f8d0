package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.ParsedFeed;

class XmlSafetyTest {

    @TempDir
    Path dir;

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>x &xxe; y</title><item><title>&xxe;</title></item></channel></rss>";
        String printed = String.valueOf(parse(xml));
        assertThat(printed).doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    void externalDtdIsNeverFetched() {
        String xml = "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/never.dtd\"><rss version=\"2.0\"><channel>"
                + "<title>t</title></channel></rss>";
        assertThat(parse(xml).title()).isEqualTo("t");
    }

    @Test
    void billionLaughsIsNotExpanded() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String xml = doctype + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>ok</title></item>"
                + "</channel></rss>";
        long start = System.nanoTime();
        ParsedFeed feed = parse(xml);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(feed.title()).isEqualTo("&lol9;");
        assertThat(feed.entries()).hasSize(1);
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String xml = "<rss version=\"2.0\"><channel><title>deep</title><item><description>" + "<x>".repeat(20_000)
                + "</description></item></channel></rss>";
        FeedParseResult result = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, Fixtures.LOCATION);
        assertThat(result).isNotNull();
    }

    private static ParsedFeed parse(String xml) {
        FeedParseResult result = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, Fixtures.LOCATION);
        assertThat(result).isInstanceOf(FeedParseResult.Parsed.class);
        return ((FeedParseResult.Parsed) result).feed();
    }
}
