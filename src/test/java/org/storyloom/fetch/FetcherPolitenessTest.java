package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-host politeness seen from the server: concurrency and spacing of request starts. */
class FetcherPolitenessTest {

    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.on("/slow.xml", exchange -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } finally {
                inFlight.decrementAndGet();
            }
            LoopbackServer.send(exchange, 200, feed);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void atMostTwoRequestsToOneHostAreInFlight() throws Exception {
        try (Fetcher fetcher = new Fetcher(TestConfigs.loopback(), InstantSource.system());
                ExecutorService callers = Executors.newFixedThreadPool(6)) {
            List<Future<FetchOutcome>> outcomes = IntStream.range(0, 6)
                    .mapToObj(i -> callers.submit(() -> fetcher.fetch(FetchRequest.feed(server.uri("/slow.xml")))))
                    .toList();
            for (Future<FetchOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(FetchOutcome.Fetched.class);
            }
        }
        assertThat(server.hits("/slow.xml")).isEqualTo(6);
        assertThat(maxInFlight.get()).isEqualTo(2);
    }

    @Test
    void requestStartsToOneHostAreSpacedByTheMinimumDelay() {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        server.on("/spaced.xml", exchange -> {
            arrivals.add(System.nanoTime());
            LoopbackServer.send(exchange, 200, feed);
        });
        FetchConfig config = TestConfigs.loopback().withPoliteness(2, Duration.ofMillis(200));
        try (Fetcher fetcher = new Fetcher(config, InstantSource.system())) {
            for (int i = 0; i < 4; i++) {
                assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/spaced.xml"))))
                        .isInstanceOf(FetchOutcome.Fetched.class);
            }
        }
        assertThat(arrivals).hasSize(4);
        // The first request also opens the connection: compare the starts after it.
        for (int i = 2; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).isGreaterThan(Duration.ofMillis(150));
        }
    }
}
