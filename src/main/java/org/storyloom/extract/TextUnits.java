package org.storyloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Paragraphs and sentences of a plain text, and the folded key used to compare them. */
final class TextUnits {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n|\\n");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])[\"'\u201d\u2019)]?\\s+(?=\\S)");

    private TextUnits() {}

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPHS.split(text)) {
            String s = p.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(paragraph)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Lower case, letters and digits only, single spaces: "Support us on Patreon!" -> "support us on patreon". */
    static String key(String unit) {
        return unit.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
