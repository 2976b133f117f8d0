package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyloom.model.FeedState;

class RefreshPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final RefreshPolicy policy = RefreshPolicy.defaults();
    private final FeedState fresh = FeedState.initial(NOW, Duration.ofMinutes(30));

    @Test
    void busyFeedIsCheckedOftenButNotBelowTheMinimum() {
        FeedState s = policy.afterFetched(fresh, NOW, every(Duration.ofMinutes(2), 20), null, "e", null);
        assertThat(s.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.nextCheck()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(s.etag()).isEqualTo("e");
        assertThat(s.lastSuccess()).isEqualTo(NOW);
    }

    @Test
    void hourlyFeedIsCheckedEveryHalfHour() {
        FeedState s = policy.afterFetched(fresh, NOW, every(Duration.ofHours(1), 10), null, null, null);
        assertThat(s.refreshInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void quietOrDatelessFeedWaitsTheMaximum() {
        assertThat(policy.afterFetched(fresh, NOW, List.of(), null, null, null).refreshInterval())
                .isEqualTo(Duration.ofHours(24));
        assertThat(policy.afterFetched(fresh, NOW, every(Duration.ofDays(7), 5), null, null, null)
                        .refreshInterval())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void cacheControlMaxAgeIsAFloor() {
        FeedState s =
                policy.afterFetched(fresh, NOW, every(Duration.ofMinutes(2), 20), Duration.ofHours(2), null, null);
        assertThat(s.refreshInterval()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void errorsBackOffExponentiallyAndCap() {
        FeedState s = fresh;
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            s = policy.afterError(s, NOW, "fetch: boom");
            waits.add(Duration.between(NOW, s.nextCheck()));
        }
        assertThat(waits.subList(0, 4))
                .containsExactly(
                        Duration.ofMinutes(30),
                        Duration.ofMinutes(60),
                        Duration.ofMinutes(120),
                        Duration.ofMinutes(240));
        assertThat(waits.get(7)).isEqualTo(Duration.ofHours(24));
        assertThat(s.consecutiveErrors()).isEqualTo(8);
        assertThat(s.lastError()).isEqualTo("fetch: boom");
    }

    @Test
    void successClearsErrorsAndRateLimitWaitsAsAsked() {
        FeedState failed = policy.afterError(fresh, NOW, "x");
        FeedState ok = policy.afterNotModified(failed, NOW, null, "e", "lm");
        assertThat(ok.consecutiveErrors()).isZero();
        assertThat(ok.lastError()).isNull();
        assertThat(ok.refreshInterval())
                .isEqualTo(Duration.ofMinutes(30).multipliedBy(5).dividedBy(4));
        FeedState limited = policy.afterRateLimited(ok, NOW, Duration.ofHours(3));
        assertThat(limited.nextCheck()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(limited.etag()).isEqualTo("e");
    }

    private static List<Instant> every(Duration gap, int n) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(NOW.minus(gap.multipliedBy(i)));
        }
        return out;
    }
}
