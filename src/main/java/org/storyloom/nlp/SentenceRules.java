package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rule-based parts of sentence splitting: lines, a splitter for languages without a model, repairs. */
final class SentenceRules {

    /** Abbreviations that (almost) never end a sentence: a title or word before a name or number. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "maj",
            "adm", "cmdr", "pres", "rev", "hon", "fr", "sr", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "hr", "frau", "herr", "bzw", "ca", "vgl", "nr",
            "usw", "etc");

    /** One or two initials at the end ("John F.", "B.B."): usually a name goes on. */
    private static final Pattern INITIALS_END = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){1,2}$");
    /** Words that start a sentence far more often than they follow an initial. */
    private static final Set<String> STARTERS = Set.of(
            "The",
            "A",
            "An",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "You",
            "But",
            "And",
            "This",
            "That",
            "These",
            "Those",
            "In",
            "On",
            "At",
            "For",
            "If",
            "When",
            "While",
            "As",
            "His",
            "Her",
            "Their",
            "Its",
            "Our",
            "There",
            "Then",
            "So",
            "Yet",
            "After",
            "Before",
            "Since",
            "What",
            "Why",
            "How",
            "Who",
            "Some",
            "Many",
            "Most",
            "One",
            "Two",
            "Now",
            "Still",
            "However",
            "Meanwhile",
            "Officials",
            "According");

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}$");
    /** Characters at the end of a text that {@link #INITIALS_END} and {@link #INITIALISM} need to match. */
    private static final int INITIALS_TAIL = 12;

    private static final Pattern FIRST_WORD_END = Pattern.compile("[^\\p{L}]");
    /** A lower-case initialism ("z.B.", "d.h.", "e.g.") or a short ordinal ("3.", as in German). */
    private static final Pattern SHORT_FORM =
            Pattern.compile("(?:^|[\\s(])(?:\\p{Ll}\\.(?:\\p{L}\\.)+|\\p{N}{1,2}\\.)$");

    private static final Pattern PLAIN_TOKEN =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’\\-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    /** End of a sentence for the rule-based splitter: terminal mark, closers, white space. */
    private static final Pattern END = Pattern.compile("[.!?…]+[\"'”’»)\\]]*\\s+|[。！？]+[」』”’）]*\\s*");

    private SentenceRules() {}

    /** The non-blank lines of a text, trimmed, as sentences with offsets. */
    static List<Sentence> lines(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            add(out, text.substring(start, end), start);
            start = end + 1;
        }
        return out;
    }

    /** Adds {@code part} (which starts at {@code offset}) trimmed, unless blank. */
    static void add(List<Sentence> out, String part, int offset) {
        int a = 0;
        int b = part.length();
        while (a < b && isSpace(part.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(part.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            out.add(new Sentence(part.substring(a, b), offset + a, offset + b));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Splits one line at terminal punctuation followed by white space, skipping abbreviations and initials. */
    static List<Sentence> split(String text, Sentence line) {
        List<Sentence> out = new ArrayList<>();
        String s = line.text();
        Matcher m = END.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.end() < s.length() && !startsSentence(s.charAt(m.end()))) {
                continue;
            }
            String before = s.substring(from, m.start() + 1);
            if (s.charAt(m.start()) == '.'
                    && (isAbbreviation(before) || SHORT_FORM.matcher(before).find())) {
                continue;
            }
            add(out, s.substring(from, m.end()), line.start() + from);
            from = m.end();
        }
        add(out, s.substring(from), line.start() + from);
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || Character.isIdeographic(c)
                || "\"'“‘«(¿¡[".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** Whether the text before a period ends in a title abbreviation or a single initial. */
    static boolean isAbbreviation(String upToPeriod) {
        String word = lastWord(upToPeriod);
        if (word == null) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Joins pieces a splitter cut wrongly: after a title ("Dr."), before a piece that starts in lower case
     * ("Stop!" he said), an initialism before lower case ("the U.S. military"), or a piece of closers only.
     */
    static List<Sentence> repair(String text, List<Sentence> parts) {
        List<Sentence> out = new ArrayList<>(parts.size());
        for (Sentence part : parts) {
            if (!out.isEmpty() && joins(out.get(out.size() - 1), part)) {
                Sentence prev = out.remove(out.size() - 1);
                out.add(new Sentence(text.substring(prev.start(), part.end()), prev.start(), part.end()));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean joins(Sentence prev, Sentence next) {
        String p = prev.text();
        String n = next.text();
        int first = firstLetterOrDigit(n);
        if (first < 0) {
            return true;
        }
        char c = n.charAt(first);
        if (Character.isLowerCase(c)) {
            return true;
        }
        if (!p.endsWith(".")) {
            return false;
        }
        String word = lastWord(p);
        if (word != null && TITLES.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (endsWith(INITIALS_END, p)) {
            String firstWord = FIRST_WORD_END.split(n.substring(first), 2)[0];
            return Character.isDigit(c) || !STARTERS.contains(firstWord);
        }
        return endsWith(INITIALISM, p) && Character.isDigit(c);
    }

    /**
     * The letters and periods before the text's final period ("U.S" in "the U.S."), null when the text does not
     * end in a period after a letter or period: what {@code ([\p{L}.]+)\.$} finds, without trying every start.
     */
    static @Nullable String lastWord(String text) {
        int end = text.length() - 1 - finalLineBreak(text);
        if (end < 1 || text.charAt(end) != '.') {
            return null;
        }
        int start = end;
        while (start > 0) {
            int cp = text.codePointBefore(start);
            if (!Character.isLetter(cp) && cp != '.') {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start < end ? text.substring(start, end) : null;
    }

    /** Length of the line break that ends the text (where {@code $} also matches), 0 when none. */
    private static int finalLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return 2;
        }
        char last = text.isEmpty() ? 'x' : text.charAt(text.length() - 1);
        return "\n\r\u0085\u2028\u2029".indexOf(last) >= 0 ? 1 : 0;
    }

    /**
     * Whether a pattern ending in {@code $} matches at the end of the text, tried on its last characters only (the
     * patterns given need at most {@link #INITIALS_TAIL} of them; look-behind and {@code ^} still see the whole text).
     */
    private static boolean endsWith(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        m.region(Math.max(0, text.length() - INITIALS_TAIL), text.length());
        return m.find();
    }

    private static int firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Tokens of a sentence split at white space and punctuation, tagged {@code X}. */
    static List<Token> plainTokens(Sentence sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = PLAIN_TOKEN.matcher(sentence.text());
        while (m.find()) {
            out.add(new Token(m.group(), sentence.start() + m.start(), sentence.start() + m.end(), "X"));
        }
        return List.copyOf(out);
    }
}
