package org.storyloom.nlp;

/**
 * One quoted stretch of a text, found by {@link QuoteSpans}.
 *
 * @param open offset of the opening quotation mark
 * @param close offset just past the closing mark (the paragraph's end when the quote is never closed)
 * @param text the quoted words, marks removed; paragraphs of a continued quote joined by one space
 * @param paragraph index of the paragraph the quote opens in
 * @param paragraphs how many paragraphs the quote runs over
 */
record QuoteSpan(int open, int close, String text, int paragraph, int paragraphs) {

    /** Offset of the first quoted character. */
    int contentStart() {
        return open + 1;
    }

    /** Number of words quoted. */
    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
