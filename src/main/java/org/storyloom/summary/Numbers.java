package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.storyloom.text.Stems;
import org.storyloom.text.StopWords;

/**
 * Finds numbers that count something in a sentence ("about 4,000 tonnes of wheat", "six hours", "12 million
 * euros", "10,000 to 12,000 servicemen"), with the words that say what they count. Years, clock times, dates,
 * ages and scores are not counts and are skipped.
 */
final class Numbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
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
            Map.entry("dozen", 12),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("hundred", 100));
    private static final Map<String, Double> SCALES =
            Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9);
    private static final String NUMBER =
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + String.join("|", WORDS.keySet()) + ")";
    private static final Pattern CLAIM = Pattern.compile("(?i)(?<![\\w$£€.,-])"
            + "((?:about|around|nearly|almost|roughly|some|more than|over|at least|up to|fewer than|less than)\\s+)?"
            + "([$£€])?" + NUMBER + "(?:\\s*(?:to|-|\u2013)\\s*" + NUMBER + ")?"
            + "(?:\\s*(thousand|million|billion|trillion|m|bn)\\b)?"
            + "(\\s*(?:%|percent|per cent))?"
            + "(?=((?:\\s+[\\p{L}][\\p{L}'-]*){1,3}))");
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*$|(?:aged?|number|no\\.|page|route"
                    + "|flight|room|chapter|article|section)\\s*$");
    private static final Set<String> NOT_UNITS = Set.of(
            "am",
            "pm",
            "a",
            "p",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "year-old",
            "years-old",
            "o'clock",
            "gmt",
            "utc",
            "bst");

    private Numbers() {}

    /** The counted numbers of one sentence. */
    static List<NumberClaim> in(StorySentence sentence, String source) {
        String text = sentence.text();
        List<NumberClaim> out = new ArrayList<>();
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            Double amount = amount(m.group(3), m.group(5));
            String quantity = quantity(m.group(7), m.group(2) != null || m.group(6) != null);
            if (amount == null || quantity == null || year(m.group(3), m.group(4), m.group(5))) {
                continue;
            }
            if (NOT_A_COUNT_BEFORE.matcher(text.substring(0, m.start())).find() && m.group(1) == null) {
                continue;
            }
            String written = text.substring(m.start(), m.start(7)).strip();
            out.add(new NumberClaim(written, amount, quantity, sentence.articleId(), source, text));
        }
        return out;
    }

    /** The content words a claim's quantity is compared by: stems of its words. */
    static Set<String> keys(String quantity) {
        Set<String> out = new java.util.HashSet<>();
        for (String word : quantity.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() > 2 && !StopWords.contains(word)) {
                out.add(Stems.stem(word));
            }
        }
        return out;
    }

    private static @Nullable Double amount(String number, @Nullable String scale) {
        String lower = number.toLowerCase(Locale.ROOT);
        double value;
        Integer word = WORDS.get(lower);
        if (word != null) {
            value = word;
        } else {
            try {
                value = Double.parseDouble(lower.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return scale == null ? value : value * SCALES.getOrDefault(scale.toLowerCase(Locale.ROOT), 1.0);
    }

    /** The words after a number, up to two content words; null when they do not name a quantity. */
    private static @Nullable String quantity(String after, boolean unitAlready) {
        String[] words = after.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        int content = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (out.isEmpty() && NOT_UNITS.contains(lower)) {
                return null;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word);
            if (!StopWords.contains(lower) && ++content == 2) {
                break;
            }
        }
        if (content == 0) {
            return unitAlready ? "" : null;
        }
        return out.toString();
    }

    private static boolean year(String number, @Nullable String rangeEnd, @Nullable String scale) {
        if (scale != null || !number.matches("(1[89]|20)\\d\\d")) {
            return false;
        }
        return rangeEnd == null || rangeEnd.matches("(1[89]|20)?\\d\\d");
    }
}
