package org.storyloom.summary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** "Last week", "earlier this month", "next year", "over the weekend": a calendar unit counted from the publish day. */
final class RelativeUnits {

    private RelativeUnits() {}

    static @Nullable DateMention resolve(Matcher m, String text, @Nullable LocalDate ref) {
        if (ref == null) {
            return null;
        }
        String unit = m.group("unit");
        String mod;
        if (unit == null) {
            unit = m.group("unit2");
            mod = "the";
        } else {
            mod = m.group("mod").toLowerCase(Locale.ROOT);
        }
        int step = mod.endsWith("last") ? -1 : mod.endsWith("next") ? 1 : 0;
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> DateMentions.mention(text, ref.plusWeeks(step), DatePrecision.WEEK, m.start(), m.end());
            case "month" ->
                DateMentions.mention(
                        text, ref.plusMonths(step).withDayOfMonth(1), DatePrecision.MONTH, m.start(), m.end());
            case "year" ->
                DateMentions.mention(
                        text, LocalDate.of(ref.getYear() + step, 1, 1), DatePrecision.YEAR, m.start(), m.end());
            default ->
                DateMentions.mention(text, weekend(ref, step, mod, text, m), DatePrecision.WEEK, m.start(), m.end());
        };
    }

    /** The Saturday of the weekend meant: "last" before the publish day, "next" after, else by tense. */
    private static LocalDate weekend(LocalDate ref, int step, String mod, String text, Matcher m) {
        if (step < 0) {
            return ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        }
        if (step > 0) {
            return ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        Tense tense = Tense.around(text, m.start(), m.end());
        boolean weekendOrMonday = ref.getDayOfWeek().getValue() >= 6 || ref.getDayOfWeek() == DayOfWeek.MONDAY;
        boolean future = tense == Tense.FUTURE || (tense == Tense.NEUTRAL && mod.equals("this") && !weekendOrMonday);
        return DateMentions.saturday(ref, future);
    }
}
