package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional GET, caching headers, Retry-After and statuses against a real loopback server. */
class FetcherConditionalTest {

    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Mon, 03 Mar 2025 09:30:00 GMT";
    private static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private LoopbackServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.fixed(NOW));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void etagGives200Then304AndKeepsTheValidatorsTheServerOmits() {
        server.on("/etag.xml", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(exchange, 304, new byte[0]); // no ETag repeated
            } else {
                LoopbackServer.send(
                        exchange,
                        200,
                        feed,
                        "ETag",
                        ETAG,
                        "Content-Type",
                        "application/rss+xml; charset=utf-8",
                        "Cache-Control",
                        "public, max-age=300");
            }
        });

        FetchOutcome first = fetcher.fetch(FetchRequest.feed(server.uri("/etag.xml")));
        assertThat(first).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.status()).isEqualTo(200);
            assertThat(f.body()).isEqualTo(feed);
            assertThat(f.etag()).isEqualTo(ETAG);
            assertThat(f.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
            assertThat(f.maxAge()).isEqualTo(Duration.ofSeconds(300));
            assertThat(f.permanentRedirect()).isNull();
            assertThat(f.finalUri()).isEqualTo(server.uri("/etag.xml"));
        });

        FetchOutcome second =
                fetcher.fetch(FetchRequest.feed(server.uri("/etag.xml")).withValidators(ETAG, null));
        assertThat(second).isEqualTo(new FetchOutcome.NotModified(ETAG, null, null, null));
        assertThat(userAgents)
                .hasSize(2)
                .allSatisfy(ua -> assertThat(ua).startsWith("Storyloom/").contains("+http"));
    }

    @Test
    void lastModifiedGives200Then304AndKeepsBothValidators() {
        server.on("/lm.xml", exchange -> {
            if (LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                LoopbackServer.send(exchange, 304, new byte[0], "Cache-Control", "max-age=60");
            } else {
                LoopbackServer.send(exchange, 200, feed, "Last-Modified", LAST_MODIFIED);
            }
        });

        FetchOutcome first = fetcher.fetch(FetchRequest.feed(server.uri("/lm.xml")));
        assertThat(first).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.lastModified()).isEqualTo(LAST_MODIFIED);
            assertThat(f.etag()).isNull();
            assertThat(f.maxAge()).isNull();
        });

        FetchOutcome second =
                fetcher.fetch(FetchRequest.feed(server.uri("/lm.xml")).withValidators("\"old\"", LAST_MODIFIED));
        assertThat(second)
                .isEqualTo(new FetchOutcome.NotModified("\"old\"", LAST_MODIFIED, Duration.ofSeconds(60), null));
    }

    @Test
    void notModifiedPrefersValidatorsTheServerRepeats() {
        server.serve("/new-etag.xml", 304, new byte[0], "ETag", "\"v2\"");

        FetchOutcome outcome =
                fetcher.fetch(FetchRequest.feed(server.uri("/new-etag.xml")).withValidators(ETAG, null));

        assertThat(outcome).isEqualTo(new FetchOutcome.NotModified("\"v2\"", null, null, null));
    }

    @Test
    void retryAfterInSecondsOn429() {
        server.serve("/busy", 429, new byte[0], "Retry-After", "120");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/busy"))))
                .isEqualTo(new FetchOutcome.RateLimited(Duration.ofSeconds(120)));
    }

    @Test
    void retryAfterAsHttpDateOn429IsRelativeToTheClock() {
        server.serve("/busy-date", 429, new byte[0], "Retry-After", "Mon, 03 Mar 2025 10:01:30 GMT");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/busy-date"))))
                .isEqualTo(new FetchOutcome.RateLimited(Duration.ofSeconds(90)));
    }

    @Test
    void retryAfterOn503() {
        server.serve(
                "/down", 503, "maintenance".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Retry-After", "30");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/down"))))
                .isEqualTo(new FetchOutcome.RateLimited(Duration.ofSeconds(30)));
    }

    @Test
    void missingOrMalformedRetryAfterGivesTheDefault() {
        server.serve("/busy-plain", 429, new byte[0]);
        server.serve("/busy-junk", 429, new byte[0], "Retry-After", "soon");
        Duration fallback = TestConfigs.loopback().defaultRetryAfter();

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/busy-plain"))))
                .isEqualTo(new FetchOutcome.RateLimited(fallback));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/busy-junk"))))
                .isEqualTo(new FetchOutcome.RateLimited(fallback));
    }

    @Test
    void badStatusesFailWithOneLineReasons() {
        server.serve("/gone", 410, "gone".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        server.serve("/error", 500, new byte[0]);

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/gone"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class,
                        f -> assertThat(f.reason())
                                .startsWith("fetch: HTTP 410")
                                .doesNotContain("\n"));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/missing"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("fetch: HTTP 404"));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/error"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("fetch: HTTP 500"));
    }

    @Test
    void connectionRefusedFails() throws IOException {
        int port;
        try (LoopbackServer closed = new LoopbackServer()) {
            port = closed.port();
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(java.net.URI.create("http://127.0.0.1:" + port + "/")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("fetch: "));
    }
}
