package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cheap first look at a sentence: which kinds of date word it holds (a month name, a weekday, a year, "ago",
 * "last week", "yesterday") and where, so that {@link DateMentions} runs only the expressions that can match and
 * only over the part of the sentence around those words. One pass over the characters, no regular expression and
 * no allocation per word: most sentences hold no date word and cost almost nothing.
 */
final class DateCues {

    static final int YEAR = 1;
    static final int MONTH = 1 << 1;
    static final int WEEKDAY = 1 << 2;
    static final int DAY_WORD = 1 << 3;
    static final int AGO = 1 << 4;
    static final int UNIT = 1 << 5;

    private static final int KINDS = 6;

    /** Word kinds that only count after a modifier, and the modifiers themselves. */
    private static final int PART = 1 << 8;

    private static final int UNIT_WORD = 1 << 9;

    private static final int LAST_THIS = 1 << 10;

    private static final int THE = 1 << 11;

    /** Words that need a capital (month and weekday names). */
    private static final int CAPITAL = 1 << 12;

    private static final DateCues NONE = new DateCues();

    /** Candidate words by their lower-case initial: the word, then its kind. */
    private static final List<List<Object[]>> BY_INITIAL = table(Map.ofEntries(
            Map.entry("january", MONTH | CAPITAL),
            Map.entry("february", MONTH | CAPITAL),
            Map.entry("march", MONTH | CAPITAL),
            Map.entry("april", MONTH | CAPITAL),
            Map.entry("may", MONTH | CAPITAL),
            Map.entry("june", MONTH | CAPITAL),
            Map.entry("july", MONTH | CAPITAL),
            Map.entry("august", MONTH | CAPITAL),
            Map.entry("september", MONTH | CAPITAL),
            Map.entry("october", MONTH | CAPITAL),
            Map.entry("november", MONTH | CAPITAL),
            Map.entry("december", MONTH | CAPITAL),
            Map.entry("jan", MONTH | CAPITAL),
            Map.entry("feb", MONTH | CAPITAL),
            Map.entry("mar", MONTH | CAPITAL),
            Map.entry("apr", MONTH | CAPITAL),
            Map.entry("jun", MONTH | CAPITAL),
            Map.entry("jul", MONTH | CAPITAL),
            Map.entry("aug", MONTH | CAPITAL),
            Map.entry("sep", MONTH | CAPITAL),
            Map.entry("sept", MONTH | CAPITAL),
            Map.entry("oct", MONTH | CAPITAL),
            Map.entry("nov", MONTH | CAPITAL),
            Map.entry("dec", MONTH | CAPITAL),
            Map.entry("monday", WEEKDAY | CAPITAL),
            Map.entry("tuesday", WEEKDAY | CAPITAL),
            Map.entry("wednesday", WEEKDAY | CAPITAL),
            Map.entry("thursday", WEEKDAY | CAPITAL),
            Map.entry("friday", WEEKDAY | CAPITAL),
            Map.entry("saturday", WEEKDAY | CAPITAL),
            Map.entry("sunday", WEEKDAY | CAPITAL),
            Map.entry("yesterday", DAY_WORD),
            Map.entry("today", DAY_WORD),
            Map.entry("tonight", DAY_WORD),
            Map.entry("tomorrow", DAY_WORD),
            Map.entry("night", PART),
            Map.entry("morning", PART),
            Map.entry("afternoon", PART),
            Map.entry("evening", PART),
            Map.entry("ago", AGO),
            Map.entry("week", UNIT_WORD),
            Map.entry("weekend", UNIT_WORD),
            Map.entry("month", UNIT_WORD),
            Map.entry("year", UNIT_WORD),
            Map.entry("last", LAST_THIS),
            Map.entry("this", LAST_THIS),
            Map.entry("next", THE),
            Map.entry("the", THE)));

    private int mask;
    private final int[] from = new int[KINDS];
    private final int[] to = new int[KINDS];

    private DateCues() {}

    /** The kinds of date word in {@code text} and where they are. */
    static DateCues of(String text) {
        DateCues cues = NONE;
        int before = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            int kind = c >= '0' && c <= '9' ? (year(text, start, i - start) ? YEAR : 0) : word(text, start, i);
            if ((kind & PART) != 0) {
                kind = (before & LAST_THIS) != 0 ? DAY_WORD : 0;
            } else if ((kind & UNIT_WORD) != 0) {
                kind = (before & (LAST_THIS | THE)) != 0 ? UNIT : 0;
            }
            before = kind;
            if ((kind & (YEAR | MONTH | WEEKDAY | DAY_WORD | AGO | UNIT)) != 0) {
                cues = cues == NONE ? new DateCues() : cues;
                cues.add(kind & (YEAR | MONTH | WEEKDAY | DAY_WORD | AGO | UNIT), start, i);
            }
        }
        return cues;
    }

    /** Whether every kind in {@code needs} is there. */
    boolean has(int needs) {
        return needs != 0 && (mask & needs) == needs;
    }

    /** Whether the sentence holds no date word at all. */
    boolean none() {
        return mask == 0;
    }

    /** Where the first word of the given kinds starts. */
    int from(int kinds) {
        int out = Integer.MAX_VALUE;
        for (int k = 0; k < KINDS; k++) {
            out = (kinds & (1 << k)) != 0 && (mask & (1 << k)) != 0 ? Math.min(out, from[k]) : out;
        }
        return out;
    }

    /** Where the last word of the given kinds ends. */
    int to(int kinds) {
        int out = 0;
        for (int k = 0; k < KINDS; k++) {
            out = (kinds & (1 << k)) != 0 && (mask & (1 << k)) != 0 ? Math.max(out, to[k]) : out;
        }
        return out;
    }

    private void add(int kind, int start, int end) {
        int k = Integer.numberOfTrailingZeros(kind);
        if ((mask & kind) == 0) {
            from[k] = start;
        }
        to[k] = end;
        mask |= kind;
    }

    private static int word(String text, int start, int end) {
        int length = end - start;
        char first = Character.toLowerCase(text.charAt(start));
        if (length < 3 || length > 9 || first < 'a' || first > 'z') {
            return 0;
        }
        for (Object[] candidate : BY_INITIAL.get(first - 'a')) {
            String w = (String) candidate[0];
            int kind = (Integer) candidate[1];
            if (w.length() == length && text.regionMatches(true, start, w, 0, length)) {
                return (kind & CAPITAL) != 0 && !Character.isUpperCase(text.charAt(start)) ? 0 : kind & ~CAPITAL;
            }
        }
        return 0;
    }

    private static boolean wordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean year(String text, int start, int length) {
        if (length != 4) {
            return false;
        }
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        return (a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0');
    }

    private static List<List<Object[]>> table(Map<String, Integer> words) {
        List<List<Object[]>> out = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            out.add(new ArrayList<>());
        }
        words.forEach((w, kind) -> out.get(w.charAt(0) - 'a').add(new Object[] {w, kind}));
        return out;
    }
}
