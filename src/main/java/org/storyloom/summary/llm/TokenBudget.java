package org.storyloom.summary.llm;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A daily token budget, reset at UTC midnight. A call first reserves its worst case (prompt estimate plus the reply
 * cap) and is refused when that does not fit; once answered it books what it actually used. Thread-safe.
 */
public final class TokenBudget {

    /** A reservation to settle once the call is over. */
    public final class Reservation {
        private final LocalDate day;
        private final long reserved;
        private boolean settled;

        private Reservation(LocalDate day, long reserved) {
            this.day = day;
            this.reserved = reserved;
        }

        /** Books {@code used} tokens instead of the reserved worst case; later calls do nothing. */
        public void settle(long used) {
            synchronized (TokenBudget.this) {
                if (settled) {
                    return;
                }
                settled = true;
                if (day.equals(TokenBudget.this.day)) {
                    spent = Math.max(0, spent - reserved + Math.max(0, used));
                }
            }
        }
    }

    private final long dailyTokens;
    private final InstantSource clock;
    private LocalDate day;
    private long spent;

    public TokenBudget(long dailyTokens, InstantSource clock) {
        if (dailyTokens <= 0) {
            throw new IllegalArgumentException("llm: the daily token budget must be positive, got " + dailyTokens);
        }
        this.dailyTokens = dailyTokens;
        this.clock = clock;
        this.day = today(clock.instant());
    }

    /** A rough token count of {@code text} (one per three characters, rounded up): errs on the high side. */
    public static long estimate(String text) {
        return (text.length() + 2) / 3 + 4;
    }

    /** Reserves {@code tokens} for one call, or empty when today's budget cannot hold them. */
    public synchronized Optional<Reservation> reserve(long tokens) {
        roll();
        if (tokens < 0 || spent + tokens > dailyTokens) {
            return Optional.empty();
        }
        spent += tokens;
        return Optional.of(new Reservation(day, tokens));
    }

    /** Tokens left today. */
    public synchronized long remaining() {
        roll();
        return dailyTokens - spent;
    }

    private void roll() {
        LocalDate now = today(clock.instant());
        if (!now.equals(day)) {
            day = now;
            spent = 0;
        }
    }

    private static LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
