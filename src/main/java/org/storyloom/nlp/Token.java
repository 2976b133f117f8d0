package org.storyloom.nlp;

/**
 * One token of a sentence.
 *
 * @param text the token as written
 * @param start offset of its first character in the analysed text (not the sentence)
 * @param end offset just past its last character in the analysed text
 * @param tag part-of-speech tag: Universal Dependencies UPOS (PROPN, NOUN, VERB, ADJ, ADP, DET, PUNCT, ...), as
 *     OpenNLP's UD-EWT English model gives it; {@code X} when the text was not tagged (a language other than
 *     English)
 */
public record Token(String text, int start, int end, String tag) {

    /** Whether the tag says proper noun. */
    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }
}
