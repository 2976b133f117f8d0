package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T23:58:00Z"));

    @Test
    void refusesWhatTodayCannotHoldAndBooksWhatWasUsed() {
        TokenBudget budget = new TokenBudget(1_000, clock);

        TokenBudget.Reservation first = budget.reserve(800).orElseThrow();
        assertThat(budget.reserve(300)).isEmpty();
        first.settle(250);
        first.settle(999); // settled once only

        assertThat(budget.remaining()).isEqualTo(750);
        assertThat(budget.reserve(750)).isPresent();
        assertThat(budget.reserve(1)).isEmpty();
    }

    @Test
    void resetsAtUtcMidnight() {
        TokenBudget budget = new TokenBudget(1_000, clock);
        TokenBudget.Reservation yesterday = budget.reserve(1_000).orElseThrow();
        assertThat(budget.reserve(1)).isEmpty();

        clock.advance(Duration.ofMinutes(2));

        assertThat(budget.remaining()).isEqualTo(1_000);
        yesterday.settle(10); // booked against the day it was reserved on, which is over
        assertThat(budget.remaining()).isEqualTo(1_000);
        assertThat(budget.reserve(1_000)).isPresent();
    }

    @Test
    void concurrentCallersNeverOverspend() throws InterruptedException {
        TokenBudget budget = new TokenBudget(1_000, clock);
        AtomicInteger granted = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 500; i++) {
                    budget.reserve(1).ifPresent(r -> granted.incrementAndGet());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(granted).hasValue(1_000);
        assertThat(budget.remaining()).isZero();
    }

    @Test
    void estimatesErrOnTheHighSide() {
        String text = "The Harbor Bridge will close for repairs on Monday, city officials said.";
        assertThat(TokenBudget.estimate(text)).isGreaterThan(text.split(" ").length * 2L);
        assertThatThrownBy(() -> new TokenBudget(0, clock)).hasMessageStartingWith("llm: ");
    }
}
