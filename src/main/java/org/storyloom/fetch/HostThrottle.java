package org.storyloom.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Politeness per host: at most {@code concurrency} requests in flight and at least {@code minDelay} between the
 * starts of two requests. Thread-safe. A host's entry lives only while it is in use or its delay still runs, so
 * visiting many hosts does not grow memory.
 */
final class HostThrottle {

    /** A held slot; closing it frees the slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final int MIN_SWEEP = 64;

    private final int concurrency;
    private final long minDelayNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Slot> slots = new HashMap<>();
    private int sweepAt = MIN_SWEEP;

    HostThrottle(int concurrency, Duration minDelay) {
        this(concurrency, minDelay, System::nanoTime);
    }

    HostThrottle(int concurrency, Duration minDelay, LongSupplier nanoTime) {
        this.concurrency = concurrency;
        this.minDelayNanos = minDelay.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Waits for a free slot for {@code host} and for its turn to start, then returns the slot.
     *
     * @throws InterruptedException when interrupted while waiting; nothing is held then
     */
    Permit acquire(String host) throws InterruptedException {
        return acquire(host, Duration.ofNanos(Long.MAX_VALUE)).orElseThrow();
    }

    /**
     * Like {@link #acquire(String)} but gives up (empty) when the slot and the turn are not there within
     * {@code maxWait}.
     *
     * @throws InterruptedException when interrupted while waiting; nothing is held then
     */
    Optional<Permit> acquire(String host, Duration maxWait) throws InterruptedException {
        long deadline = nanoTime.getAsLong() + maxWait.toNanos();
        Slot slot = enter(host);
        @Nullable Permit permit = null;
        try {
            if (!slot.semaphore.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
            try {
                long now = nanoTime.getAsLong();
                long wait = slot.reserveStart(now, minDelayNanos);
                if (wait > deadline - now) {
                    return Optional.empty();
                }
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                permit = () -> {
                    slot.semaphore.release();
                    leave(host, slot);
                };
                return Optional.of(permit);
            } finally {
                if (permit == null) {
                    slot.semaphore.release();
                }
            }
        } finally {
            if (permit == null) {
                leave(host, slot);
            }
        }
    }

    /** How many hosts are remembered now (for tests of memory use). */
    synchronized int trackedHosts() {
        return slots.size();
    }

    private synchronized Slot enter(String host) {
        if (slots.size() >= sweepAt) {
            sweep();
            sweepAt = Math.max(MIN_SWEEP, slots.size() * 2);
        }
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(concurrency));
        slot.users++;
        return slot;
    }

    private synchronized void leave(String host, Slot slot) {
        slot.users--;
        if (slot.users == 0 && slot.idleSince(nanoTime.getAsLong())) {
            slots.remove(host, slot);
        }
    }

    /** Forgets hosts nobody uses whose delay has run out. */
    private void sweep() {
        long now = nanoTime.getAsLong();
        for (Iterator<Slot> it = slots.values().iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            if (slot.users == 0 && slot.idleSince(now)) {
                it.remove();
            }
        }
    }

    /** One host's state. {@code users} is guarded by the throttle, {@code nextStart} by the slot. */
    private static final class Slot {
        final Semaphore semaphore;
        int users;
        private long nextStart;
        private boolean started;

        Slot(int concurrency) {
            this.semaphore = new Semaphore(concurrency, true);
        }

        /** Books the next start time at least {@code delay} after the previous one; returns the wait in nanos. */
        synchronized long reserveStart(long now, long delay) {
            long start = started && nextStart - now > 0 ? nextStart : now;
            started = true;
            nextStart = start + delay;
            return start - now;
        }

        synchronized boolean idleSince(long now) {
            return !started || nextStart - now <= 0;
        }
    }
}
