package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches: straight and typographic double marks, quotes nested in single marks left inside,
 * and the English convention for a quote that runs over paragraphs (no closing mark at the end of a paragraph,
 * an opening mark at the start of the next). Single marks count as quotation marks only in a headline, where
 * they stand for double ones.
 */
final class QuoteSpans {

    private QuoteSpans() {}

    /** The paragraphs of a text: offsets of their first character and just past their last, split at newlines. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Every quoted stretch of the text, in order. */
    static List<QuoteSpan> find(String text, List<int[]> paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        int openParagraph = -1;
        StringBuilder quoted = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            int start = paragraphs.get(p)[0];
            int end = paragraphs.get(p)[1];
            boolean singles = p == 0 && isHeadline(text, start, end);
            int pieceStart = open >= 0 ? start + 1 : -1; // a continued quote re-opens with a mark
            int depth = open >= 0 ? 1 : 0;
            for (int i = open >= 0 ? start + 1 : start; i < end; i++) {
                Mark mark = mark(text, i, start, end, singles, depth > 0 ? text.charAt(open) : 0);
                if (mark == Mark.OPEN) {
                    if (depth == 0) {
                        open = i;
                        openParagraph = p;
                        pieceStart = i + 1;
                        quoted.setLength(0);
                    }
                    depth++;
                } else if (mark == Mark.CLOSE && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        append(quoted, text, pieceStart, i);
                        out.add(new QuoteSpan(open, i + 1, quoted.toString(), openParagraph, p - openParagraph + 1));
                        open = -1;
                    }
                }
            }
            if (open >= 0) {
                append(quoted, text, pieceStart, end);
                boolean continues = p + 1 < paragraphs.size()
                        && isOpening(text.charAt(paragraphs.get(p + 1)[0]))
                        && !singles;
                if (!continues) {
                    out.add(new QuoteSpan(open, end, quoted.toString(), openParagraph, p - openParagraph + 1));
                    open = -1;
                }
            }
        }
        return out;
    }

    private enum Mark {
        OPEN,
        CLOSE,
        NONE
    }

    /** What the character at {@code i} does; {@code opener} is the mark the open quote began with, or 0. */
    private static Mark mark(String text, int i, int start, int end, boolean singles, char opener) {
        boolean inside = opener != 0;
        char c = text.charAt(i);
        if (c == '\u201c' && opener == '\u201e') {
            return Mark.CLOSE; // German: „...“
        }
        if (c == '\u201c' || c == '\u201e' || c == '\u201f') {
            return Mark.OPEN;
        }
        if (c == '\u201d') {
            return Mark.CLOSE;
        }
        if (c == '"') {
            return straight(text, i, start, end, inside);
        }
        if (singles && (c == '\u2018' || c == '\'' || c == '\u2019')) {
            return single(text, i, start, end, inside);
        }
        return Mark.NONE;
    }

    /** A straight mark opens after a space or bracket and before a word, closes the other way round. */
    private static Mark straight(String text, int i, int start, int end, boolean inside) {
        boolean spaceBefore = i == start || isSpaceOrOpen(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= end || isSpace(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) {
            return inside ? Mark.CLOSE : Mark.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
            return inside ? Mark.CLOSE : Mark.NONE;
        }
        return inside ? Mark.CLOSE : Mark.OPEN;
    }

    /** In a headline: a single mark that opens before a word, or closes after one and not inside a word. */
    private static Mark single(String text, int i, int start, int end, boolean inside) {
        boolean wordBefore = i > start && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
        if (wordBefore && wordAfter) {
            return Mark.NONE; // an apostrophe: Clinton's, don't
        }
        char c = text.charAt(i);
        if (!inside && wordAfter && c != '\u2019' && (i == start || isSpaceOrOpen(text.charAt(i - 1)))) {
            return Mark.OPEN;
        }
        if (inside && c != '\u2018' && !wordAfter) {
            return Mark.CLOSE;
        }
        return Mark.NONE;
    }

    /** White space, no-break spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isSpaceOrOpen(char c) {
        return isSpace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == ':';
    }

    private static boolean isOpening(char c) {
        return c == '\u201c' || c == '"' || c == '\u201e';
    }

    /**
     * A headline: a short first paragraph that does not end like a sentence, or whose longer words are mostly
     * capitalised ("Stealth Over Health: Clinton Was Headed to ER.").
     */
    static boolean isHeadline(String text, int start, int end) {
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(text, start, end);
        if (words.isEmpty() || words.size() > 25) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (".!?\"\u201d".indexOf(last) < 0) {
            return true;
        }
        int longer = 0;
        int capitalised = 0;
        for (SpeakerPhrases.Word w : words) {
            if (w.text().length() > 3) {
                longer++;
                capitalised += Character.isUpperCase(w.text().charAt(0)) ? 1 : 0;
            }
        }
        return longer > 0 && capitalised * 10 >= longer * 7;
    }

    private static void append(StringBuilder quoted, String text, int from, int to) {
        String piece = text.substring(Math.max(from, 0), Math.max(from, to)).strip();
        if (piece.isEmpty()) {
            return;
        }
        if (!quoted.isEmpty()) {
            quoted.append(' ');
        }
        quoted.append(piece);
    }
}
