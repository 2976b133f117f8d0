package org.storyloom.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a phrase becomes a hashtag: readable CamelCase ("Kim Jong-un" becomes "#KimJongUn", "UN Security Council"
 * "#UNSecurityCouncil"), and the key two spellings of one tag share ("kimjongun"), so tags stay canonical
 * across articles whatever spelling each used.
 */
public final class TagNames {

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int ACRONYM = 5;

    private TagNames() {}

    /** "#" and the phrase in CamelCase; empty when the phrase has no letters or digits. */
    public static String hashtag(String phrase) {
        StringBuilder tag = new StringBuilder("#");
        for (String word : words(phrase)) {
            tag.append(capitalised(word));
        }
        return tag.length() == 1 ? "" : tag.toString();
    }

    /** Lower-case letters and digits without accents: the same for every spelling of one tag. */
    public static String key(String phrase) {
        String plain = MARKS.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFKD))
                .replaceAll("");
        return WORD_BREAK
                .matcher(POSSESSIVE.matcher(plain).replaceAll(""))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static String[] words(String phrase) {
        String cleaned = POSSESSIVE.matcher(phrase).replaceAll("").strip();
        return cleaned.isEmpty() ? new String[0] : WORD_BREAK.split(cleaned);
    }

    private static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
        if (upper && word.length() <= ACRONYM) {
            return word; // UN, NATO, KCNA
        }
        String rest = upper ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
    }
}
