package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard in the fetcher: before the first request and on every redirect hop. */
class FetcherGuardTest {

    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.serve("/feed.xml", 200, feed);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loopbackIsBlockedWithoutTheAllowListAndNothingIsSent() {
        FetchConfig noAllowList = TestConfigs.loopback().withNetworkPolicy(NetworkPolicy.none());
        try (Fetcher fetcher = new Fetcher(noAllowList, InstantSource.system())) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/feed.xml")));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            FetchOutcome.Blocked.class,
                            b -> assertThat(b.reason()).startsWith("fetch: refused 127.0.0.1"));
        }
        assertThat(server.hits("/feed.xml")).isZero();
    }

    @Test
    void loopbackIsAllowedWithTheAllowList() {
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system())) {
            assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/feed.xml"))))
                    .isInstanceOfSatisfying(
                            FetchOutcome.Fetched.class,
                            f -> assertThat(f.body()).isEqualTo(feed));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.1/feed.xml",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://[::ffff:10.0.0.1]/",
                "http://[::1]/",
                "http://0.0.0.0/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://127.0.0.2/"
            })
    void redirectFromAnAllowedHostToAPrivateAddressIsBlocked(String target) {
        server.redirect("/jump", 302, target);
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system())) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/jump")));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            FetchOutcome.Blocked.class,
                            b -> assertThat(b.reason()).startsWith("fetch: refused"));
        }
        assertThat(server.hits("/jump")).isEqualTo(1);
    }

    @Test
    void redirectWithinTheAllowedNetworkIsFollowed() {
        server.redirect("/self", 301, server.uri("/feed.xml").toString());
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system())) {
            assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/self")))).isInstanceOf(FetchOutcome.Fetched.class);
        }
    }

    @Test
    void unresolvableHostFailsAndIsNotBlocked() {
        AddressGuard guard = new AddressGuard(NetworkPolicy.none(), host -> {
            throw new java.net.UnknownHostException(host);
        });
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system(), guard)) {
            assertThat(fetcher.fetch(FetchRequest.feed(URI.create("http://feeds.example.org/rss"))))
                    .isEqualTo(new FetchOutcome.Failed("fetch: cannot resolve host feeds.example.org"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "http:///nohost", "http://u:p@127.0.0.1/"})
    void unfetchableAddressesAreBlockedBeforeAnything(String uri) {
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system())) {
            assertThat(fetcher.fetch(FetchRequest.feed(URI.create(uri)))).isInstanceOf(FetchOutcome.Blocked.class);
        }
    }
}
