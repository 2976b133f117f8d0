package org.storyloom.summary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a date speak of the past or the future, which decides what "on Thursday" or "in April"
 * means. Reads the words before the date, nearest first, then the words after it: a modal ("will", "would") or a
 * plan ("scheduled", "due") makes it future; a past-tense verb ("said", "was", "announced") makes it past; a word
 * in -ed counts as past only when nothing decides first ("will be held" is future).
 */
enum Tense {
    PAST,
    FUTURE,
    NEUTRAL;

    private static final int WINDOW = 8;

    private static final Pattern WORD = Pattern.compile("[A-Za-z’']+");

    private static final Set<String> FUTURE_WORDS = Set.of(
            "will",
            "won't",
            "won’t",
            "wo",
            "'ll",
            "’ll",
            "shall",
            "would",
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
            "next",
            "coming",
            "be",
            "awaiting",
            "ahead");

    private static final Set<String> PAST_WORDS = Set.of(
            "said",
            "told",
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
            "says",
            "claimed",
            "announced",
            "reported");

    /** The tense of the words around {@code start..end} in {@code text}. */
    static Tense around(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        Tense before = back(text.substring(from, start));
        if (before != NEUTRAL) {
            return before;
        }
        return forward(text.substring(end, Math.min(text.length(), end + 80)));
    }

    private static Tense back(String text) {
        String[] words = words(text);
        boolean weakPast = false;
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
            Tense t = of(words[i]);
            if (t == FUTURE || (t == PAST && !weak(words[i]))) {
                return t;
            }
            weakPast |= t == PAST;
        }
        return weakPast ? PAST : NEUTRAL;
    }

    private static Tense forward(String text) {
        String[] words = words(text);
        boolean weakPast = false;
        for (int i = 0; i < words.length && i < WINDOW; i++) {
            Tense t = of(words[i]);
            if (t == FUTURE || (t == PAST && !weak(words[i]))) {
                return t;
            }
            weakPast |= t == PAST;
        }
        return weakPast ? PAST : NEUTRAL;
    }

    private static Tense of(String word) {
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
            return FUTURE;
        }
        if (PAST_WORDS.contains(word) || (word.length() > 4 && word.endsWith("ed"))) {
            return PAST;
        }
        return NEUTRAL;
    }

    private static boolean weak(String word) {
        return !PAST_WORDS.contains(word);
    }

    private static String[] words(String text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }
}
