package org.storyloom.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word tokens: runs of letters and digits, in any script; apostrophe suffixes dropped. */
public final class Tokens {

    private Tokens() {}

    /** The words of {@code text} as written (case kept), NFKC-normalised, in order. */
    public static List<Token> of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = normal.length();
        boolean sentenceStart = true;
        while (i < n) {
            int cp = normal.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == '"' || cp == '\u201c') {
                    sentenceStart = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = normal.codePointAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            String word = normal.substring(start, i);
            out.add(new Token(word, sentenceStart));
            sentenceStart = false;
            if (i < n && (normal.charAt(i) == '\'' || normal.charAt(i) == '\u2019')) {
                i++;
                while (i < n && Character.isLetter(normal.codePointAt(i))) {
                    i += Character.charCount(normal.codePointAt(i));
                }
            }
        }
        return out;
    }

    /** Lower-cased words, for hashing and shingling. */
    public static List<String> lowerWords(String text) {
        List<Token> tokens = of(text);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            out.add(token.lower());
        }
        return out;
    }

    /** One word as written, and whether it opens a sentence (so a capital there says nothing). */
    public record Token(String word, boolean sentenceStart) {

        /** The word in lower case. */
        public String lower() {
            return word.toLowerCase(Locale.ROOT);
        }

        /** True for a word that starts with a capital letter where a capital is not required. */
        public boolean looksLikeName() {
            return !sentenceStart && Character.isUpperCase(word.codePointAt(0));
        }

        /** True for a word that starts with a capital letter anywhere. */
        public boolean capitalised() {
            return Character.isUpperCase(word.codePointAt(0));
        }
    }
}
