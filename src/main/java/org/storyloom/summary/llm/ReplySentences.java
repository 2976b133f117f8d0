package org.storyloom.summary.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a model's reply into sentences, each keeping its citation markers, whether they stand before the full
 * stop ({@code rose [1].}) or after it ({@code rose. [1]}). Reasoning blocks ({@code <think>...</think>}), list
 * bullets and bold marks are dropped first.
 */
final class ReplySentences {

    /** One or more citation markers at a position, with the spaces before them. */
    static final Pattern MARKERS = Pattern.compile("(?:\\s*\\[\\s*\\d+(?:\\s*[,\\-–]\\s*\\d+)*\\s*])+");

    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?(?:</think>|$)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+");
    private static final String CLOSERS = ".!?\"”’')";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "prof",
            "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
            "nov", "dec", "approx", "est", "dept", "univ", "mt", "ft");

    private ReplySentences() {}

    static List<String> split(String reply) {
        List<String> sentences = new ArrayList<>();
        for (String line : THINK.matcher(reply).replaceAll(" ").split("\\R")) {
            String text =
                    BULLET.matcher(line.replace("**", "")).replaceFirst("").strip();
            if (!text.isEmpty()) {
                splitLine(text, sentences);
            }
        }
        return sentences;
    }

    private static void splitLine(String line, List<String> out) {
        int n = line.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && CLOSERS.indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            Matcher markers = MARKERS.matcher(line).region(end, n);
            if (markers.lookingAt()) {
                end = markers.end();
                while (end < n && CLOSERS.indexOf(line.charAt(end)) >= 0) {
                    end++; // "rose. [1]." as some models write it
                }
            }
            if (isBoundary(line, end) && !(c == '.' && isAbbreviation(line, i))) {
                out.add(line.substring(start, end).strip());
                start = end;
            }
            i = end;
        }
        String tail = line.substring(start).strip();
        if (!tail.isEmpty()) {
            out.add(tail);
        }
    }

    /** At the end of the line, or at spaces followed by what starts a sentence. */
    private static boolean isBoundary(String line, int end) {
        int next = end;
        while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        if (next == line.length()) {
            return true;
        }
        if (next == end) {
            return false;
        }
        char c = line.charAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    /** A full stop after a single letter (U.S., J. Smith) or a common abbreviation (Dr., Jan.). */
    private static boolean isAbbreviation(String line, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(line.charAt(from - 1))) {
            from--;
        }
        String word = line.substring(from, dot);
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
