package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt: respected for pages, not for subscribed feeds; cached; missing allows, 5xx disallows. */
class RobotsTest {

    private final byte[] page = LoopbackServer.fixture("page.html");
    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private LoopbackServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.serve("/private/article.html", 200, page, "Content-Type", "text/html; charset=utf-8");
        server.serve("/private/feed.xml", 200, feed);
        server.serve("/news/article.html", 200, page);
        fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void disallowedPageIsBlockedButAFeedAtTheSamePathIsFetched() {
        server.serve("/robots.txt", 200, LoopbackServer.fixture("robots.txt"), "Content-Type", "text/plain");

        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/private/article.html"))))
                .isEqualTo(new FetchOutcome.Blocked("fetch: robots.txt disallows /private/article.html"));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/private/feed.xml"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/news/article.html"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Fetched.class, f -> assertThat(f.body()).isEqualTo(page));
        assertThat(server.hits("/private/article.html")).isZero();
        assertThat(server.hits("/robots.txt")).as("cached per host").isEqualTo(1);
    }

    @Test
    void groupNamingStoryloomApplies() {
        server.serve("/robots.txt", 200, "User-agent: Storyloom\nDisallow: /news/\n".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/news/article.html"))))
                .isInstanceOf(FetchOutcome.Blocked.class);
        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/private/article.html"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        // No handler for /robots.txt: the loopback server answers 404.
        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/private/article.html"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void serverErrorOnRobotsTxtDisallowsPagesForNow() {
        server.serve("/robots.txt", 500, new byte[0]);

        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/news/article.html"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Blocked.class,
                        b -> assertThat(b.reason()).contains("robots.txt").contains("unavailable"));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/private/feed.xml"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.hits("/news/article.html")).isZero();
    }

    @Test
    void robotsTxtBehindARedirectIsFollowed() {
        server.redirect("/robots.txt", 301, "/real-robots.txt");
        server.serve("/real-robots.txt", 200, LoopbackServer.fixture("robots.txt"));

        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/private/article.html"))))
                .isInstanceOf(FetchOutcome.Blocked.class);
    }
}
