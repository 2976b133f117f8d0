package org.storyloom.summary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the date expressions of a sentence and resolves each against the day its article was published: absolute
 * ("March 3, 2015", "3 March", "2015-03-03", "April 2014", "in 2012") and relative ("yesterday", "last week", "on
 * Thursday", "in April", "two days ago", "earlier this month"). Weekdays and months with no year take the side of
 * the publish day the words around them speak of ({@link Tense}). Without a publish time only dates that name their
 * year are resolved. Month names count only capitalised and, alone, only after a word that makes them a date ("in
 * May", not "Theresa May"); numbers count as years only in a date's company ("in 2012", not "2,012 people").
 */
public final class DateMentions {

    private interface Rule {
        @Nullable
        DateMention resolve(Matcher m, String text, @Nullable LocalDate ref);
    }

    private record Scan(int needs, Pattern pattern, Rule rule) {}

    private static final List<Scan> SCANS = List.of(
            new Scan(DateCues.YEAR, DatePatterns.ISO, DateMentions::numeric),
            new Scan(DateCues.YEAR, DatePatterns.SLASH, DateMentions::numeric),
            new Scan(DateCues.MONTH, DatePatterns.MONTH_DAY, DateMentions::dayOfMonth),
            new Scan(DateCues.MONTH, DatePatterns.DAY_MONTH, DateMentions::dayOfMonth),
            new Scan(DateCues.MONTH | DateCues.YEAR, DatePatterns.MONTH_YEAR, DateMentions::monthYear),
            new Scan(DateCues.MONTH, DatePatterns.MONTH_RELATIVE_YEAR, DateMentions::monthRelativeYear),
            new Scan(DateCues.MONTH, DatePatterns.MONTH_ALONE, DateMentions::monthAlone),
            new Scan(DateCues.YEAR, DatePatterns.YEAR_ALONE, DateMentions::yearAlone),
            new Scan(DateCues.YEAR, DatePatterns.YEAR_EVENT, DateMentions::yearEvent),
            new Scan(DateCues.DAY_WORD, DatePatterns.DAY_WORD, DateMentions::dayWord),
            new Scan(DateCues.AGO, DatePatterns.AGO, DateMentions::ago),
            new Scan(DateCues.UNIT, DatePatterns.UNIT, RelativeUnits::resolve),
            new Scan(DateCues.WEEKDAY, DatePatterns.WEEKDAY, DateMentions::weekday));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("a couple of", 2),
            Map.entry("a few", 3),
            Map.entry("several", 3),
            Map.entry("some", 3));

    /** Words after which a lone "May" is a month: not "by May", "and May" (the name). */
    private static final Set<String> MAY_CUES = Set.of("in", "since", "until", "till", "through", "during");

    /** How far an expression reaches before its first date word ("the day before yesterday") and after its last. */
    private static final int REACH_BEFORE = 48;

    private static final int REACH_AFTER = 40;

    private final ZoneId zone;

    /** Resolves against the publish day in UTC. */
    public DateMentions() {
        this(ZoneOffset.UTC);
    }

    /** Resolves against the publish day in the given zone. */
    public DateMentions(ZoneId zone) {
        this.zone = zone;
    }

    /** The date expressions of a sentence, in order, none overlapping; relative ones need {@code published}. */
    public List<DateMention> find(String sentence, @Nullable Instant published) {
        DateCues cues = DateCues.of(sentence);
        if (cues.none()) {
            return List.of();
        }
        LocalDate ref = published == null ? null : LocalDate.ofInstant(published, zone);
        List<DateMention> found = new ArrayList<>();
        for (Scan scan : SCANS) {
            if (!cues.has(scan.needs())) {
                continue;
            }
            Matcher m = scan.pattern()
                    .matcher(sentence)
                    .region(
                            Math.max(0, cues.from(scan.needs()) - REACH_BEFORE),
                            Math.min(sentence.length(), cues.to(scan.needs()) + REACH_AFTER))
                    .useTransparentBounds(true)
                    .useAnchoringBounds(false);
            while (m.find()) {
                DateMention mention = scan.rule().resolve(m, sentence, ref);
                if (mention != null) {
                    found.add(mention);
                }
            }
        }
        return choose(found);
    }

    /** The leftmost, then longest, expressions that do not overlap. */
    private static List<DateMention> choose(List<DateMention> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt(DateMention::start)
                .thenComparing(Comparator.comparingInt(DateMention::end).reversed()));
        List<DateMention> out = new ArrayList<>();
        int end = -1;
        for (DateMention mention : found) {
            if (mention.start() >= end) {
                out.add(mention);
                end = mention.end();
            }
        }
        return out;
    }

    static DateMention mention(String text, LocalDate date, DatePrecision precision, int start, int end) {
        return new DateMention(date, precision, start, end, text.substring(start, end));
    }

    private static @Nullable DateMention numeric(Matcher m, String text, @Nullable LocalDate ref) {
        LocalDate date = DateArithmetic.date(
                Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mon")), Integer.parseInt(m.group("day")));
        return date == null ? null : mention(text, date, DatePrecision.DAY, m.start(), m.end());
    }

    private static @Nullable DateMention dayOfMonth(Matcher m, String text, @Nullable LocalDate ref) {
        int month = DatePatterns.month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        String year = m.group("year");
        String rel = m.group("rel");
        LocalDate date;
        if (year != null) {
            date = DateArithmetic.date(Integer.parseInt(year), month, day);
        } else if (ref == null) {
            return null;
        } else if (rel != null) {
            int offset = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            date = DateArithmetic.date(ref.getYear() + offset, month, day);
        } else {
            String dw = m.group("dw");
            Tense tense = Tense.around(text, m.start(), m.end());
            date = DateArithmetic.dayOfMonth(ref, month, day, dw == null ? 0 : DatePatterns.weekday(dw), tense);
            if (date == null) {
                date = DateArithmetic.dayOfMonth(ref, month, day, 0, tense);
            }
        }
        return date == null ? null : mention(text, date, DatePrecision.DAY, m.start(), m.end());
    }

    private static DateMention monthYear(Matcher m, String text, @Nullable LocalDate ref) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), DatePatterns.month(m.group("month")), 1);
        return mention(text, date, DatePrecision.MONTH, m.start(), m.end());
    }

    private static @Nullable DateMention monthRelativeYear(Matcher m, String text, @Nullable LocalDate ref) {
        if (ref == null) {
            return null;
        }
        String rel = m.group("rel");
        int year = ref.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        LocalDate date = LocalDate.of(year, DatePatterns.month(m.group("month")), 1);
        return mention(text, date, DatePrecision.MONTH, m.start(), m.end());
    }

    private static @Nullable DateMention monthAlone(Matcher m, String text, @Nullable LocalDate ref) {
        String cue = m.group("cue");
        String mod = m.group("mod");
        String name = m.group("month");
        String art = m.group("art");
        if (ref == null || (cue == null && mod == null && art == null)) {
            return null;
        }
        boolean may = name.equalsIgnoreCase("may");
        if (art != null
                && mod == null
                && (may
                        || !DatePatterns.NOUN_AFTER
                                .matcher(text)
                                .region(m.end(), text.length())
                                .lookingAt())) {
            return null;
        }
        if (may && mod == null && (cue == null || !MAY_CUES.contains(cue.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Tense tense = Tense.around(text, m.start("month"), m.end());
        YearMonth month = DateArithmetic.month(ref, DatePatterns.month(name), mod, tense);
        int start = mod != null ? m.start("mod") : m.start("month");
        return mention(text, month.atDay(1), DatePrecision.MONTH, start, m.end());
    }

    private static @Nullable DateMention yearAlone(Matcher m, String text, @Nullable LocalDate ref) {
        int year = Integer.parseInt(m.group("year"));
        if (ref != null && year > ref.getYear() + 30) {
            return null;
        }
        if (m.group("cue") != null && m.start("cue") > 0 && "$£€".indexOf(text.charAt(m.start("cue") - 1)) >= 0) {
            return null;
        }
        String cue = m.group("cue");
        if (cue != null && (cue.equals("and") || cue.equals("or"))) {
            Matcher before = DatePatterns.YEAR_ALONE.matcher(text).region(0, m.start());
            int end = -1;
            while (before.find()) {
                end = before.end();
            }
            if (end < 0 || !text.substring(end, m.start("cue")).matches(",?\\s*")) {
                return null;
            }
        }
        int start = m.group("mid") != null ? m.start("mid") : m.start("year");
        return mention(text, LocalDate.of(year, 1, 1), DatePrecision.YEAR, start, m.end());
    }

    private static @Nullable DateMention yearEvent(Matcher m, String text, @Nullable LocalDate ref) {
        int year = Integer.parseInt(m.group("year"));
        if (ref != null && year > ref.getYear() + 30) {
            return null;
        }
        return mention(text, LocalDate.of(year, 1, 1), DatePrecision.YEAR, m.start(), m.end());
    }

    private static @Nullable DateMention dayWord(Matcher m, String text, @Nullable LocalDate ref) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        if (ref == null
                || (word.equals("today") && text.regionMatches(true, Math.max(0, m.start() - 4), "USA ", 0, 4))) {
            return null;
        }
        int offset = switch (word) {
            case "the day before yesterday" -> -2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return mention(text, ref.plusDays(offset), DatePrecision.DAY, m.start(), m.end());
    }

    private static @Nullable DateMention ago(Matcher m, String text, @Nullable LocalDate ref) {
        String n = m.group("n");
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String key = n == null ? "" : n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer count =
                key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? Integer.valueOf(key) : NUMBERS.get(key);
        boolean vague = count == null || key.equals("a few") || key.equals("several") || key.equals("some");
        if (ref == null || (vague && (unit.startsWith("month") || unit.startsWith("year")))) {
            return null;
        }
        int k = count == null ? 0 : count;
        if (unit.startsWith("day")) {
            int days = count == null ? 3 : k;
            return mention(
                    text, ref.minusDays(days), vague ? DatePrecision.WEEK : DatePrecision.DAY, m.start(), m.end());
        }
        if (unit.startsWith("week")) {
            return mention(text, ref.minusWeeks(count == null ? 2 : k), DatePrecision.WEEK, m.start(), m.end());
        }
        if (unit.startsWith("month")) {
            return mention(text, ref.minusMonths(k).withDayOfMonth(1), DatePrecision.MONTH, m.start(), m.end());
        }
        return mention(text, LocalDate.of(ref.getYear() - k, 1, 1), DatePrecision.YEAR, m.start(), m.end());
    }

    private static @Nullable DateMention weekday(Matcher m, String text, @Nullable LocalDate ref) {
        int wd = m.start("wd");
        if (ref == null
                || DatePatterns.WEEKDAY_NAME_BEFORE
                        .matcher(text)
                        .region(Math.max(0, wd - 24), wd)
                        .find()) {
            return null;
        }
        String mod = m.group("mod");
        String lower = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        boolean kept = lower.equals("last") || lower.equals("next") || lower.equals("this");
        Tense tense = Tense.around(text, m.start("wd"), m.end());
        LocalDate date = DateArithmetic.weekday(ref, DatePatterns.weekday(m.group("wd")), kept ? lower : null, tense);
        return mention(text, date, DatePrecision.DAY, kept ? m.start("mod") : m.start("wd"), m.end());
    }

    /** The Saturday a weekend expression means. */
    static LocalDate saturday(LocalDate ref, boolean future) {
        return future
                ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }
}
