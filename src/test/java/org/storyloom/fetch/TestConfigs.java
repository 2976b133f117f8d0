package org.storyloom.fetch;

import java.time.Duration;

/** Fetch configurations for tests: small timeouts, loopback allowed, no delay between requests. */
final class TestConfigs {

    private TestConfigs() {}

    /** Allows 127.0.0.1 only, with timeouts small enough for fast tests. */
    static FetchConfig loopback() {
        return FetchConfig.defaults()
                .withNetworkPolicy(NetworkPolicy.parse("127.0.0.1/32"))
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(2000))
                .withPoliteness(2, Duration.ZERO);
    }
}
