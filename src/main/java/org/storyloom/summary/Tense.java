package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a date speak of the past or the future, which decides what "on Thursday" or "in April"
 * means. Reads up to eight words before the date, nearest first, then up to eight after it. A strong marker decides
 * at once: a modal or a plan ("will", "scheduled") for the future, a past form ("was", "had", "took") for the past,
 * and a reporting verb ("said", "announced") for the past only when it stands next to the date ("said on
 * Tuesday"), since further away it dates the statement, not the event. Otherwise a weak future marker ("would",
 * "be") beats a word in -ed ("will be held", "would be leaving" are future unless a "was" comes first).
 */
enum Tense {
    PAST,
    FUTURE,
    NEUTRAL;

    private static final int WINDOW = 8;

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
        List<String> before = words(text.substring(Math.max(0, start - 80), start));
        Tense tense = read(before.reversed());
        if (tense != NEUTRAL) {
            return tense;
        }
        return read(words(text.substring(end, Math.min(text.length(), end + 80))));
    }

    /** The tense the words give, nearest first. */
    private static Tense read(List<String> words) {
        boolean weakFuture = false;
        boolean weakPast = false;
        for (int i = 0; i < words.size() && i < WINDOW; i++) {
            switch (mark(words.get(i), i)) {
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

    private static Mark mark(String word, int distance) {
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
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
