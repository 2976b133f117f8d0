package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects followed by hand: permanence, loops, the redirect limit. */
class FetcherRedirectTest {

    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private LoopbackServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.serve("/final.xml", 200, feed, "Content-Type", "application/rss+xml");
        fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void permanentChainOf301Then308ReportsTheNewAddress() {
        server.redirect("/old.xml", 301, server.uri("/moved.xml").toString());
        server.redirect("/moved.xml", 308, "/final.xml"); // relative Location

        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/old.xml")));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.body()).isEqualTo(feed);
            assertThat(f.finalUri()).isEqualTo(server.uri("/final.xml"));
            assertThat(f.permanentRedirect()).isEqualTo(server.uri("/final.xml"));
        });
    }

    @Test
    void aTemporaryHopAnywhereInTheChainReportsNoNewAddress() {
        server.redirect("/a.xml", 301, "/b.xml");
        server.redirect("/b.xml", 302, "/c.xml");
        server.redirect("/c.xml", 308, "/final.xml");

        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/a.xml")));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.finalUri()).isEqualTo(server.uri("/final.xml"));
            assertThat(f.permanentRedirect()).isNull();
        });
    }

    @Test
    void permanentRedirectToA304IsReportedToo() {
        server.redirect("/old-nm.xml", 301, "/nm.xml");
        server.serve("/nm.xml", 304, new byte[0]);

        FetchOutcome outcome =
                fetcher.fetch(FetchRequest.feed(server.uri("/old-nm.xml")).withValidators("\"e\"", null));

        assertThat(outcome).isEqualTo(new FetchOutcome.NotModified("\"e\"", null, null, server.uri("/nm.xml")));
    }

    @Test
    void redirectLoopFails() {
        server.redirect("/loop-a", 302, "/loop-b");
        server.redirect("/loop-b", 302, "/loop-a");

        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/loop-a")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("fetch: redirect loop"));
        assertThat(server.hits("/loop-a")).isEqualTo(1);
        assertThat(server.hits("/loop-b")).isEqualTo(1);
    }

    @Test
    void fiveRedirectsAreFollowedButSixAreTooMany() {
        for (int i = 1; i <= 6; i++) {
            server.redirect("/hop/" + i, 301, "/hop/" + (i - 1));
        }
        server.serve("/hop/0", 200, feed);

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/hop/5"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Fetched.class,
                        f -> assertThat(f.permanentRedirect()).isEqualTo(server.uri("/hop/0")));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/hop/6"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo("fetch: more than 5 redirects"));
    }

    @Test
    void redirectWithoutLocationIsTheEndOfTheChain() {
        server.serve("/nowhere", 302, new byte[0]);

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/nowhere"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("fetch: HTTP 302"));
    }

    @Test
    void redirectToAnotherSchemeIsBlocked() {
        server.redirect("/to-file", 302, "file:///etc/passwd");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/to-file"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Blocked.class,
                        b -> assertThat(b.reason()).startsWith("fetch: only http and https"));
    }
}
