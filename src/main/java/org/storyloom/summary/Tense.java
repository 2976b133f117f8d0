package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a date speak of the past or the future, which decides what "on Thursday" or "in April"
 * means. Reads up to ten words before the date, nearest first, then up to ten after it. A strong marker decides
 * at once: a modal or a plan ("will", "scheduled") for the future, a past form ("was", "had", "took") for the past,
 * and a reporting verb ("said", "announced") for the past only when it stands next to the date ("said on
 * Tuesday"), since further away it dates the statement, not the event. Otherwise a weak future marker ("would",
 * "be") beats a word in -ed ("will be held", "would be leaving" are future unless a "was" comes first). A plan
 * that "had" been made is past ("had expected to testify on Thursday"); what is "set for" a date or "postponed
 * until" it lies ahead.
 */
enum Tense {
    PAST,
    FUTURE,
    NEUTRAL;

    private static final int WINDOW = 10;

    private static final int REPORT_WINDOW = 3;

    private static final Pattern WORD = Pattern.compile("[A-Za-z’']+");

    private static final Set<String> FUTURE_WORDS = Set.of(
            "will",
            "won't",
            "won’t",
            "wo",
            "shall",
            "scheduled",
            "slated",
            "due",
            "upcoming",
            "planned",
            "plans",
            "plan",
            "planning",
            "going",
            "expected",
            "expects",
            "tomorrow",
            "coming",
            "awaiting",
            "ahead",
            "heading");

    private static final Set<String> WEAK_FUTURE_WORDS = Set.of("would", "be");

    private static final Set<String> PAST_WORDS = Set.of(
            "was",
            "were",
            "had",
            "did",
            "has",
            "came",
            "went",
            "took",
            "gave",
            "began",
            "saw",
            "ago",
            "yesterday",
            "fell",
            "rose",
            "spoke",
            "wrote",
            "claimed");

    private static final Set<String> UNTIL = Set.of("until", "till", "to");

    private static final Set<String> PUT_OFF = Set.of(
            "postponed",
            "postponing",
            "delayed",
            "adjourned",
            "deferred",
            "rescheduled",
            "suspended",
            "pushed",
            "moved",
            "put");

    private static final Set<String> REPORT_WORDS =
            Set.of("said", "says", "told", "announced", "reported", "confirmed", "added", "stated");

    private enum Mark {
        FUTURE,
        WEAK_FUTURE,
        PAST,
        WEAK_PAST,
        NONE
    }

    /** The tense of the words around {@code start..end} in {@code text}. */
    static Tense around(String text, int start, int end) {
        List<String> before = words(text.substring(Math.max(0, start - 100), start));
        if (putOff(before)) {
            return FUTURE;
        }
        Tense tense = read(before, true);
        if (tense != NEUTRAL) {
            return tense;
        }
        return read(words(text.substring(end, Math.min(text.length(), end + 100))), false);
    }

    /** "Postponed until", "adjourned to": what is put off happens later. */
    private static boolean putOff(List<String> before) {
        int n = before.size();
        if (n < 2 || !UNTIL.contains(before.get(n - 1))) {
            return false;
        }
        for (int i = Math.max(0, n - 4); i < n - 1; i++) {
            if (PUT_OFF.contains(before.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The tense the words give, read from the date outwards; {@code words} are in text order. */
    private static Tense read(List<String> words, boolean backwards) {
        boolean weakFuture = false;
        boolean weakPast = false;
        for (int k = 0; k < words.size() && k < WINDOW; k++) {
            int i = backwards ? words.size() - 1 - k : k;
            String prev = i > 0 ? words.get(i - 1) : "";
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (mark(words.get(i), prev, next, k)) {
                case FUTURE -> {
                    return FUTURE;
                }
                case PAST -> {
                    return PAST;
                }
                case WEAK_FUTURE -> weakFuture = true;
                case WEAK_PAST -> weakPast = true;
                case NONE -> {}
            }
        }
        return weakFuture ? FUTURE : weakPast ? PAST : NEUTRAL;
    }

    private static Mark mark(String word, String prev, String next, int distance) {
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
            return prev.equals("had") ? Mark.PAST : Mark.FUTURE;
        }
        if (word.equals("set") && (next.equals("for") || next.equals("to"))) {
            return Mark.FUTURE;
        }
        if (WEAK_FUTURE_WORDS.contains(word)) {
            return Mark.WEAK_FUTURE;
        }
        if (PAST_WORDS.contains(word)) {
            return Mark.PAST;
        }
        if (REPORT_WORDS.contains(word)) {
            return distance < REPORT_WINDOW ? Mark.PAST : Mark.NONE;
        }
        return word.length() > 4 && word.endsWith("ed") ? Mark.WEAK_PAST : Mark.NONE;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
