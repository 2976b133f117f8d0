package org.storyloom.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The UD-EWT models keep a clitic on its word ("Korea's" tagged PROPN+PART, "didn't" AUX+PART): split it off,
 * so a possessive is its own token, as in Universal Dependencies.
 */
final class Contractions {

    private static final String[] CLITICS = {
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'", "’"
    };

    private Contractions() {}

    /** Adds the token, split in two when its tag joins two tags and it ends with a known clitic. */
    static void add(List<Token> out, String word, int start, int end, String tag) {
        int plus = tag.indexOf('+');
        if (plus < 0) {
            addPlain(out, word, start, end, tag);
            return;
        }
        String first = tag.substring(0, plus);
        String second = tag.substring(plus + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                int cut = word.length() - clitic.length();
                out.add(new Token(word.substring(0, cut), start, start + cut, first));
                out.add(new Token(word.substring(cut), start + cut, end, second));
                return;
            }
        }
        out.add(new Token(word, start, end, first));
    }

    /**
     * A name's possessive the model left on it ("Tulsa’s", "Davis'") is split off; an initial the model cut from
     * its period ("F" ".") is joined back; initials ("B.B.") are proper nouns.
     */
    private static void addPlain(List<Token> out, String word, int start, int end, String tag) {
        int dash = dashAt(word);
        if (dash >= 0 && word.length() > 1) {
            if (dash > 0) {
                addPlain(out, word.substring(0, dash), start, start + dash, tag);
            }
            out.add(new Token(word.substring(dash, dash + 1), start + dash, start + dash + 1, "PUNCT"));
            if (dash + 1 < word.length()) {
                addPlain(out, word.substring(dash + 1), start + dash + 1, end, "X");
            }
            return;
        }
        boolean name = Chunks.capitalised(word);
        String w = word.replace('’', '\'');
        if (name && w.length() > 3 && w.endsWith("'s")) {
            int cut = word.length() - 2;
            out.add(new Token(word.substring(0, cut), start, start + cut, "PROPN"));
            out.add(new Token(word.substring(cut), start + cut, end, "PART"));
        } else if (name && w.length() > 2 && w.endsWith("'")) {
            int cut = word.length() - 1;
            out.add(new Token(word.substring(0, cut), start, start + cut, "PROPN"));
            out.add(new Token(word.substring(cut), start + cut, end, "PART"));
        } else if (".".equals(word) && !out.isEmpty() && isInitial(out.get(out.size() - 1), start)) {
            Token letter = out.remove(out.size() - 1);
            out.add(new Token(letter.text() + ".", letter.start(), end, "PROPN"));
        } else if (INITIALS.matcher(word).matches()) {
            out.add(new Token(word, start, end, "PROPN"));
        } else {
            out.add(new Token(word, start, end, tag));
        }
    }

    private static int dashAt(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '–' || c == '—' || c == '―') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isInitial(Token t, int next) {
        return t.end() == next
                && t.text().length() == 1
                && Character.isUpperCase(t.text().charAt(0));
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
}
