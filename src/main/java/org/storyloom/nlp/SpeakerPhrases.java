package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the words that name a speaker next to a cue, and reads them as a person, organisation, pronoun or
 * description: capitalised name chunks, titles stripped ("Russian President Vladimir Putin" is Vladimir Putin),
 * appositions skipped ("Andriy Kovalenko, an official on ..., said").
 */
final class SpeakerPhrases {

    /** A word of the text. */
    record Word(String text, int start, int end) {
        String key() {
            return SpeakerWords.key(text);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0))
                    || Character.isDigit(text.charAt(0))
                            && text.length() > 1
                            && Character.isUpperCase(text.charAt(text.length() - 1));
        }
    }

    /** Characters that may stand inside a word: "Korea's", "U.S.", "AT&T", "9/11", "Jong-un". */
    private static final String INNER = "'\u2019.&/-";

    private static final Set<String> CONNECTORS = Set.of(
            "of", "de", "van", "von", "bin", "al", "la", "du", "der", "da", "di", "del", "for", "the", "le", "ben",
            "el");
    private static final int MAX_WORDS = 9;
    private static final int MAX_APPOSITION = 160;

    private SpeakerPhrases() {}

    /** The words between two offsets; a full stop after a long word is punctuation, not part of it. */
    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = Math.max(0, from);
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || INNER.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            int next = end;
            while (end > i + 1 && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
                end--; // a word ends in a letter, a digit or a full stop
            }
            String w = text.substring(i, end);
            if (w.endsWith(".") && w.length() > 4 && w.indexOf('.') == w.length() - 1) {
                w = w.substring(0, w.length() - 1);
                end--;
            }
            out.add(new Word(w, i, end));
            i = next;
        }
        return out;
    }

    /** The subject of a cue that starts at {@code cue}: the words before it, no further left than {@code from}. */
    static @Nullable SpeakerMention before(String text, int from, int cue) {
        List<Word> words = words(text, Math.max(from, cue - MAX_APPOSITION - 80), cue);
        int i = words.size() - 1;
        int right = cue;
        while (i >= 0
                && SpeakerWords.BETWEEN.contains(words.get(i).key())
                && onlySpace(text, words.get(i).end(), right)) {
            right = words.get(i).start();
            i--;
        }
        if (i < 0) {
            return null;
        }
        String adjacent = words.get(i).key();
        if (onlySpace(text, words.get(i).end(), right)
                && (SpeakerWords.DETERMINERS.contains(adjacent)
                        || (words.get(i).text().endsWith("'s")
                                || words.get(i).text().endsWith("\u2019s"))
                        || SpeakerWords.BOUNDARIES.contains(adjacent))) {
            return null; // "the claim", "Trump's claim", "which reported"
        }
        if (!onlySpace(text, words.get(i).end(), right)) {
            return beforeAside(text, from, words.get(i).end(), right);
        }
        int j = i;
        while (j > 0
                && i - j < MAX_WORDS
                && onlySpace(text, words.get(j - 1).end(), words.get(j).start())
                && !SpeakerWords.BOUNDARIES.contains(words.get(j - 1).key())
                && !QuoteCues.isCueWord(words.get(j - 1).text())) {
            j--;
        }
        return read(words.subList(j, i + 1));
    }

    /**
     * The subject before an aside that ends at {@code right}: "Andriy Kovalenko, an official on ..., said", "Rep.
     * John Mica (R-Fla.) said"; null when punctuation other than an aside stands there.
     */
    private static @Nullable SpeakerMention beforeAside(String text, int from, int lastWordEnd, int right) {
        int close = right - 1;
        while (close > from && QuoteSpans.isSpace(text.charAt(close))) {
            close--;
        }
        if (text.charAt(close) == ')') {
            int open = text.lastIndexOf('(', close);
            return open > from && close - open < 60 ? before(text, from, open) : null;
        }
        int comma = text.lastIndexOf(',', right - 1);
        if (comma < lastWordEnd || !onlySpace(text, comma + 1, right)) {
            return null;
        }
        int open = text.lastIndexOf(',', comma - 1);
        if (open < from
                || comma - open > MAX_APPOSITION
                || text.substring(open, comma).indexOf('\u0001') >= 0) {
            return null;
        }
        return before(text, from, open);
    }

    /** The speaker after an inverted cue ("said Mr. Barrett", "according to X"), no further right than {@code to}. */
    static @Nullable SpeakerMention after(String text, int cue, int to) {
        List<Word> words = words(text, cue, to);
        if (words.isEmpty() || !onlySpace(text, cue, words.get(0).start())) {
            return null;
        }
        int j = 0;
        while (j + 1 < words.size()
                && j < MAX_WORDS
                && onlySpace(text, words.get(j).end(), words.get(j + 1).start())
                && !SpeakerWords.BOUNDARIES.contains(words.get(j + 1).key())
                && !SpeakerWords.TIME_WORDS.contains(words.get(j + 1).key())
                && !QuoteCues.isCueWord(words.get(j + 1).text())) {
            j++;
        }
        if (j > 0
                && words.get(j).end() < text.length()
                && text.charAt(words.get(j).end()) == ':') {
            j--; // "as reported by European Pravda Details: ..." (a label glued on)
        }
        String first = words.get(0).key();
        if (SpeakerWords.BOUNDARIES.contains(first) || SpeakerWords.TIME_WORDS.contains(first)) {
            return null;
        }
        return read(words.subList(0, j + 1));
    }

    /** Reads the words of a speaker phrase. */
    static @Nullable SpeakerMention read(List<Word> seg) {
        if (seg.isEmpty()) {
            return null;
        }
        int start = seg.get(0).start();
        if (seg.size() == 1 && SpeakerWords.PRONOUNS.contains(seg.get(0).key())) {
            return new SpeakerMention(seg.get(0).text(), SpeakerMention.Kind.PRONOUN, start, start);
        }
        int chunkEnd = seg.size();
        while (chunkEnd > 0 && !isNameWord(seg.get(chunkEnd - 1))) {
            chunkEnd--;
        }
        if (chunkEnd == 0) {
            return describe(seg);
        }
        int chunkStart = chunkStart(seg, chunkEnd - 1);
        List<Word> chunk = seg.subList(chunkStart, chunkEnd);
        if (chunkEnd < seg.size()) {
            return describe(seg); // "the Clinton campaign", "a Pentagon spokesman"
        }
        if (isOrganization(chunk)) {
            return new SpeakerMention(
                    join(chunk), SpeakerMention.Kind.ORGANIZATION, chunk.get(0).start(), start);
        }
        int title = -1;
        for (int k = 0; k < chunk.size() - 1; k++) {
            if (SpeakerWords.TITLES.contains(chunk.get(k).key())) {
                title = k;
            }
        }
        List<Word> name = chunk.subList(title + 1, chunk.size());
        String joined = join(name);
        if (joined.endsWith("'s") || joined.endsWith("\u2019s")) {
            joined = joined.substring(0, joined.length() - 2);
        }
        return new SpeakerMention(
                joined, SpeakerMention.Kind.PERSON, name.get(0).start(), start);
    }

    /** The first word of the name chunk ending at {@code last}: name words, and connectors between them. */
    static int chunkStart(List<Word> words, int last) {
        int start = last;
        int k = last - 1;
        while (k >= 0) {
            int c = k;
            while (c >= 0 && CONNECTORS.contains(words.get(c).text()) && c > start - 3) {
                c--;
            }
            if (c < 0 || !isNameWord(words.get(c)) || !adjacent(words, c, start)) {
                break;
            }
            start = c;
            k = c - 1;
        }
        return start;
    }

    private static boolean adjacent(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i + 1).start() - words.get(i).end() != 1) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable SpeakerMention describe(List<Word> seg) {
        String first = seg.get(0).key();
        String last = seg.get(seg.size() - 1).key();
        boolean determiner =
                SpeakerWords.DETERMINERS.contains(first) || first.endsWith("'s") || first.endsWith("\u2019s");
        if (!determiner && !SpeakerWords.BARE_SPEAKERS.contains(last) && !SpeakerWords.OUTLETS.contains(last)) {
            return null;
        }
        if (SpeakerWords.PRONOUNS.contains(last) || seg.size() > 7) {
            return null;
        }
        SpeakerMention.Kind kind = SpeakerWords.ORGANIZATION_HEADS.contains(last)
                ? SpeakerMention.Kind.ORGANIZATION
                : SpeakerMention.Kind.DESCRIPTION;
        return new SpeakerMention(
                join(seg), kind, seg.get(0).start(), seg.get(0).start());
    }

    static boolean isOrganization(List<Word> chunk) {
        for (Word w : chunk) {
            String key = w.key();
            if (SpeakerWords.ORGANIZATION_HEADS.contains(key) || SpeakerWords.OUTLETS.contains(key)) {
                return !SpeakerWords.TITLES.contains(key) || w == chunk.get(chunk.size() - 1);
            }
        }
        return chunk.size() == 1
                && chunk.get(0).text().length() > 1
                && chunk.get(0).text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
    }

    /**
     * A capitalised word that may be part of a name: not a determiner, month, day, the pronoun I, or an adverb
     * opening a sentence ("Even China said").
     */
    static boolean isNameWord(Word w) {
        String key = w.key();
        return w.capitalised()
                && !SpeakerWords.DETERMINERS.contains(key)
                && !SpeakerWords.TIME_WORDS.contains(key)
                && !SpeakerWords.PRONOUNS.contains(key)
                && !SpeakerWords.BOUNDARIES.contains(key)
                && !SpeakerWords.LEADING_ADVERBS.contains(key);
    }

    static String join(List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.text());
        }
        return out.toString();
    }

    static boolean onlySpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!QuoteSpans.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
