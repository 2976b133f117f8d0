package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private final FeedDiscovery discovery = new FeedDiscovery();

    @Test
    void alternateLinksFirstThenFeedLikeAnchorsAbsoluteAndDeduplicated() {
        assertThat(discovery.discover(
                        Fixtures.bytes("page-with-feeds.html"),
                        "text/html; charset=utf-8",
                        URI.create("https://site.example.com/blog/post.html")))
                .containsExactly(
                        URI.create("https://site.example.com/rss.xml"),
                        URI.create("https://site.example.com/atom.xml"),
                        URI.create("https://site.example.com/feed.json"),
                        URI.create("https://site.example.com/blog/feed/"));
    }

    @Test
    void baseHrefIsHonouredAndPagesWithoutFeedsGiveNothing() {
        String html = "<html><head><base href=\"https://cdn.example.org/x/\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom\"></head></html>";
        assertThat(discovery.discover(
                        html.getBytes(StandardCharsets.UTF_8), null, URI.create("https://a.example.org/")))
                .containsExactly(URI.create("https://cdn.example.org/x/atom"));
        assertThat(discovery.discover(
                        "<p>nothing".getBytes(StandardCharsets.UTF_8), null, URI.create("https://a.example.org/")))
                .isEmpty();
    }
}
