package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-host slots and spacing, without HTTP. */
class HostThrottleTest {

    @Test
    void neverMoreThanTheLimitPerHostButHostsAreIndependent() throws Exception {
        HostThrottle throttle = new HostThrottle(2, Duration.ZERO);
        AtomicInteger inA = new AtomicInteger();
        AtomicInteger maxA = new AtomicInteger();
        AtomicInteger inB = new AtomicInteger();
        AtomicInteger maxB = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean a = i % 2 == 0;
            threads.add(Thread.ofVirtual().start(() -> {
                try (HostThrottle.Permit permit = throttle.acquire(a ? "a.example" : "b.example")) {
                    AtomicInteger in = a ? inA : inB;
                    (a ? maxA : maxB).accumulateAndGet(in.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    in.decrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(maxA.get()).isEqualTo(2);
        assertThat(maxB.get()).isEqualTo(2);
        assertThat(throttle.trackedHosts()).isZero();
    }

    @Test
    void startsAreSpacedByTheMinimumDelay() throws InterruptedException {
        HostThrottle throttle = new HostThrottle(2, Duration.ofMillis(100));
        long before = System.nanoTime();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (HostThrottle.Permit permit = throttle.acquire("a.example")) {
                starts.add(System.nanoTime() - before);
            }
        }
        assertThat(starts.get(1)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(starts.get(2)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(throttle.acquire("b.example"))
                .as("another host does not wait")
                .isNotNull();
        assertThat(System.nanoTime() - before).isLessThan(TimeUnit.MILLISECONDS.toNanos(1_000));
    }

    @Test
    void manyHostsAreForgottenOnceIdleAndTheirDelayIsOver() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        HostThrottle throttle = new HostThrottle(2, Duration.ofSeconds(1), now::get);
        for (int i = 0; i < 1_000; i++) {
            throttle.acquire("burst" + i + ".example").close();
        }
        assertThat(throttle.trackedHosts()).as("their delays still run").isEqualTo(1_000);

        int most = 0;
        for (int i = 0; i < 10_000; i++) {
            now.addAndGet(Duration.ofSeconds(2).toNanos());
            throttle.acquire("host" + i + ".example").close();
            most = Math.max(most, throttle.trackedHosts());
            if (i >= 1_000) {
                assertThat(throttle.trackedHosts()).isLessThanOrEqualTo(64);
            }
        }
        assertThat(most).isLessThanOrEqualTo(2_001);
    }

    @Test
    void givesUpWhenNoSlotOrTurnComesInTime() throws InterruptedException {
        HostThrottle full = new HostThrottle(1, Duration.ZERO);
        HostThrottle.Permit held = full.acquire("a.example");
        assertThat(full.acquire("a.example", Duration.ofMillis(50))).isEmpty();
        held.close();
        assertThat(full.trackedHosts()).isZero();

        HostThrottle slow = new HostThrottle(2, Duration.ofSeconds(10));
        slow.acquire("a.example").close();
        long before = System.nanoTime();
        assertThat(slow.acquire("a.example", Duration.ofMillis(50)))
                .as("turn too far away")
                .isEmpty();
        assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(slow.acquire("b.example", Duration.ofMillis(50))).isPresent();
    }

    @Test
    void interruptedWaiterHoldsNothing() throws InterruptedException {
        HostThrottle throttle = new HostThrottle(1, Duration.ZERO);
        HostThrottle.Permit held = throttle.acquire("a.example");
        CountDownLatch done = new CountDownLatch(1);
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                throttle.acquire("a.example").close();
            } catch (InterruptedException e) {
                done.countDown();
            }
        });
        Thread.sleep(50);
        waiter.interrupt();
        assertThat(done.await(2, TimeUnit.SECONDS)).isTrue();
        held.close();

        assertThat(throttle.trackedHosts()).isZero();
    }
}
