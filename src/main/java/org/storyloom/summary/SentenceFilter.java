package org.storyloom.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which sentences may be shown as a summary sentence, and the light tidying they get: page furniture ("Scroll down
 * for video", "Click here"), fragments and very long run-ons are never chosen; a leading dateline ("LONDON
 * (Reuters) -", "(CNN)") is cut.
 */
final class SentenceFilter {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(scroll down for (more|pictures)|click here|read (more|week|part)|watch( the)? video|follow (us|@)|sign up|subscribe"
                    + "|share this|advertisement|related:|see also|photo:|image:|video:|pictured:|caption:)"
                    + "|(?i)\\b(all rights reserved|copyright \\d{4}|this story (has been|was) (updated|corrected))\\b");
    private static final Pattern SCROLL = Pattern.compile("(?i)^scroll down for video\\s+");
    /** A place in capitalised words ("Washington", "LONDON, England"), then an agency in brackets or a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.']*(?:,?\\s+\\p{Lu}[\\p{L}.']*){0,4}\\s*)?\\((?:CNN|AP|Reuters|AFP|UPI|dpa)\\)"
                    + "\\s*(?:[-\u2013\u2014]+\\s*)?"
                    + "|^\\p{Lu}[\\p{Lu}.']+(?:\\s+\\p{Lu}[\\p{Lu}.']+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.']*){0,2}\\s*[-\u2013\u2014]+\\s+");

    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private SentenceFilter() {}

    /** True when the sentence can stand alone as a key point or brief sentence. */
    static boolean showable(StorySentence sentence) {
        String text = sentence.text();
        int words = words(text);
        if (words < MIN_WORDS || words > MAX_WORDS || sentence.terms().size() < 3) {
            return false;
        }
        if (FURNITURE.matcher(text).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return opens(text.codePointAt(0)) && last != ':' && last != ',';
    }

    /** A sentence starts with a capital, a digit, or an opening quote or bracket; not mid-word. */
    static boolean opens(int first) {
        return Character.isUpperCase(first)
                || Character.isDigit(first)
                || Character.isTitleCase(first)
                || "\"'\u2018\u201c(\u00bf\u00a1".indexOf(first) >= 0;
    }

    /** True unless the sentence is page furniture or has no words to speak of. */
    static boolean notFurniture(StorySentence sentence) {
        return sentence.terms().size() >= 2
                && !FURNITURE.matcher(sentence.text()).find();
    }

    /** The sentence as shown: dateline and a leading "Scroll down for video" cut, white space tidied. */
    static String tidy(String text) {
        String out = DATELINE.matcher(SCROLL.matcher(text).replaceFirst("")).replaceFirst("");
        out = out.replaceAll("\\s+([.,;:!?])(?=\\s|$)", "$1")
                .replaceAll("\\s{2,}", " ")
                .strip();
        return out.isEmpty() ? text : out;
    }

    /** The sentence as a summary shows it: tidied, citing {@code sources} (its own article first). */
    static CitedSentence shown(StorySentence sentence, List<String> sources) {
        return new CitedSentence(tidy(sentence.text()), sentence.articleId(), sentence.index(), sources);
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
