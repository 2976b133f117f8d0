package org.storyloom.nlp;

import java.util.List;
import java.util.Locale;

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
            out.add(new Token(word, start, end, tag));
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
}
