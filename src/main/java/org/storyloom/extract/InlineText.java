package org.storyloom.extract;

/**
 * Collects the text of one block the way a browser renders it: runs of white space become one space,
 * white space at the edges goes, {@code <br>} becomes a line break, and a space is added where two
 * words would otherwise touch across an element boundary the rendering separates.
 */
final class InlineText {

    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;

    /** Appends raw text from a text node. */
    void text(String raw) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u200c') {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && !out.isEmpty() && !endsWithBreak()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
    }

    /** A rendered separation between two inline elements (e.g. adjacent links shown as separate items). */
    void softBoundary() {
        if (!out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
            pendingSpace = true;
        }
    }

    /** A {@code <br>}: a line break inside the block. */
    void lineBreak() {
        if (!out.isEmpty() && !endsWithBreak()) {
            out.append('\n');
        }
        pendingSpace = false;
    }

    boolean isEmpty() {
        return out.isEmpty();
    }

    int length() {
        return out.length();
    }

    /** The text so far, trimmed; the collector is emptied. */
    String take() {
        String text = out.toString().strip();
        out.setLength(0);
        pendingSpace = false;
        return text;
    }

    private boolean endsWithBreak() {
        return out.charAt(out.length() - 1) == '\n';
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\n'
                || c == '\t'
                || c == '\r'
                || c == '\f'
                || c == '\u00a0'
                || c == '\u2009'
                || c == '\u202f'
                || c == '\u3000';
    }
}
