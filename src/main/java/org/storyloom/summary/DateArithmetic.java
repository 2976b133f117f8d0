package org.storyloom.summary;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/** Picks the calendar date a partial or relative expression means, seen from the day an article was published. */
final class DateArithmetic {

    private DateArithmetic() {}

    /** A day of a month with no year ("March 3"): the year that fits the weekday named, else the tense. */
    static @Nullable LocalDate dayOfMonth(LocalDate ref, int month, int day, int weekday, Tense tense) {
        LocalDate best = null;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            LocalDate d = date(year, month, day);
            if (d == null || (weekday > 0 && d.getDayOfWeek().getValue() != weekday)) {
                continue;
            }
            if (best == null || better(d, best, ref, tense)) {
                best = d;
            }
        }
        return best;
    }

    private static boolean better(LocalDate candidate, LocalDate best, LocalDate ref, Tense tense) {
        long c = ChronoUnit.DAYS.between(ref, candidate);
        long b = ChronoUnit.DAYS.between(ref, best);
        return switch (tense) {
            case PAST -> fits(c, b, -1);
            case FUTURE -> fits(c, b, 1);
            case NEUTRAL -> Math.abs(c) < Math.abs(b);
        };
    }

    /** Whether offset {@code c} beats {@code b} when dates on the side {@code sign} (or the day itself) are wanted. */
    private static boolean fits(long c, long b, int sign) {
        boolean cOk = c * sign >= 0;
        boolean bOk = b * sign >= 0;
        if (cOk != bOk) {
            return cOk;
        }
        return Math.abs(c) < Math.abs(b);
    }

    /** A month with no year ("in April"): the nearest one not after the reference, or not before it in the future. */
    static YearMonth month(LocalDate ref, int month, @Nullable String mod, Tense tense) {
        YearMonth now = YearMonth.from(ref);
        YearMonth same = YearMonth.of(ref.getYear(), month);
        String m = mod == null ? "" : mod.toLowerCase(java.util.Locale.ROOT);
        if (m.equals("last")) {
            return same.isBefore(now) ? same : same.minusYears(1);
        }
        if (m.equals("next")) {
            return same.isAfter(now) ? same : same.plusYears(1);
        }
        if (m.startsWith("this") || m.endsWith("this")) {
            return same;
        }
        if (tense == Tense.FUTURE) {
            return same.isBefore(now) ? same.plusYears(1) : same;
        }
        return same.isAfter(now) ? same.minusYears(1) : same;
    }

    /**
     * A weekday ("on Thursday"): "last" is the latest one before the reference day, "next" the first one after it;
     * otherwise the latest one on or before it, or the first one on or after it when the words speak of the future
     * or, with no tense to go by, when that one is nearer.
     */
    static LocalDate weekday(LocalDate ref, int weekday, @Nullable String mod, Tense tense) {
        DayOfWeek day = DayOfWeek.of(weekday);
        String m = mod == null ? "" : mod.toLowerCase(java.util.Locale.ROOT);
        return switch (m) {
            case "last" -> ref.with(TemporalAdjusters.previous(day));
            case "next" -> ref.with(TemporalAdjusters.next(day));
            default -> {
                LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
                LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
                boolean nearerAhead = ChronoUnit.DAYS.between(ref, after) < ChronoUnit.DAYS.between(before, ref);
                yield tense == Tense.FUTURE || (tense == Tense.NEUTRAL && nearerAhead) ? after : before;
            }
        };
    }

    /** A valid date, or null ("February 30"). */
    static @Nullable LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
