package org.storyloom.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Word look-ups over class and id names, in place of regular expressions: a name string is cut into words at
 * {@code -}, {@code _} and spaces, and each word (and each pair joined by a hyphen or nothing) is looked up in a
 * set; a few markers are looked for anywhere. This is several times faster than a large alternation.
 */
final class NameWords {

    private NameWords() {}

    /** True when a word of {@code names}, or two adjacent words joined by "-" or "", is in {@code words}. */
    static boolean hasWord(String names, Set<String> words) {
        String lower = names.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int start = 0;
        int prevStart = -1;
        int prevEnd = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSeparator(lower.charAt(i))) {
                continue;
            }
            if (i > start) {
                String word = lower.substring(start, i);
                if (words.contains(word)) {
                    return true;
                }
                if (prevStart >= 0 && prevEnd == start - 1) {
                    String joined = lower.substring(prevStart, i);
                    if (lower.charAt(prevEnd) == '-' && words.contains(joined)) {
                        return true;
                    }
                    if (words.contains(lower.substring(prevStart, prevEnd) + word)) {
                        return true;
                    }
                }
                prevStart = start;
                prevEnd = i;
            }
            start = i + 1;
        }
        return false;
    }

    /** True when {@code names}, lower-cased, contains any of the markers. */
    static boolean hasPart(String names, String... markers) {
        String lower = names.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }
}
