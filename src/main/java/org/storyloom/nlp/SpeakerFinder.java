package org.storyloom.nlp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the speaker of each quote of one text from the cues around it: a cue right after the quote (", X
 * said", ", said X", "― Name"), the nearest cue before it in its sentence ("X said:", "X said the troops had
 * fought "valiantly""), an earlier quote of the same sentence, a cue later in the sentence, "Name:" before it, or
 * the sentence before it.
 */
final class SpeakerFinder {

    private final QuoteFrames frames;
    private final String text;
    private final String masked;
    private final List<QuoteSpan> spans;

    SpeakerFinder(QuoteFrames frames) {
        this.frames = frames;
        this.text = frames.text();
        this.masked = frames.masked();
        this.spans = frames.spans();
    }

    /** The speaker of quote {@code k} as its sentence gives it, before resolution; null when there is no cue. */
    @Nullable
    QuoteSpeaker speaker(int k, @Nullable QuoteSpeaker previous) {
        QuoteSpan span = spans.get(k);
        int[] frame = frames.frame(span);
        int preStart = k > 0 ? Math.max(frame[0], spans.get(k - 1).close()) : frame[0];
        int postEnd = postEnd(k, span, frame[1]);
        List<QuoteCues.Cue> post = frames.cues(span.close(), postEnd);
        QuoteSpeaker found = right(span.close(), postEnd, dashEnd(k, span), post);
        if (found == null) {
            found = left(frame[0], preStart, span.open());
        }
        if (found == null && preStart > frame[0]) {
            found = sameSentence(previous, preStart, span.open());
        }
        if (found == null) {
            found = later(span.close(), postEnd, post);
        }
        if (found == null) {
            found = headline(preStart, span.open());
        }
        if (found == null && frame[0] == span.open()) {
            found = introduced(span.open());
        }
        return found;
    }

    /** Where to look for a cue after a quote: the rest of its sentence, or of the next when the splitter cut. */
    private int postEnd(int k, QuoteSpan span, int sentenceEnd) {
        int postEnd = sentenceEnd;
        char last = text.charAt(Math.max(span.open(), span.close() - 2));
        if (postEnd == span.close()
                && (last == '?' || last == '!' || last == ',')
                && nextWord(span.close()) < frames.paragraph(span.close() - 1)[1]) {
            postEnd = frames.frameEnd(Math.min(text.length() - 1, nextWord(span.close()))); // "...?" Trump said
        }
        if (postEnd == span.close() && (last == '.' || last == '?' || last == '!')) {
            postEnd = bareCue(span.close(), postEnd); // "... missing." Trump said.
        }
        if (k + 1 < spans.size() && spans.get(k + 1).open() < postEnd) {
            postEnd = spans.get(k + 1).open();
        }
        return postEnd;
    }

    /** Where a signature after a dash may run: to the end of the paragraph or the next quote. */
    private int dashEnd(int k, QuoteSpan span) {
        int dashEnd = frames.paragraph(span.close() - 1)[1];
        if (k + 1 < spans.size()) {
            dashEnd = Math.max(span.close(), Math.min(dashEnd, spans.get(k + 1).open()));
        }
        return dashEnd;
    }

    /** The speaker of the quote before in the same sentence: "... called them "heroes" and said it was a "mission"". */
    private @Nullable QuoteSpeaker sameSentence(@Nullable QuoteSpeaker previous, int preStart, int open) {
        if (previous == null || previous.speaker() == null) {
            return null;
        }
        boolean joined = !frames.cues(preStart, open).isEmpty() || connectorOnly(preStart, open);
        return joined ? previous.uncued() : null;
    }

    /** A cue further on in the sentence: "valiantly" in the region, Tass reported; "..." that X can win, said Y. */
    private @Nullable QuoteSpeaker later(int close, int postEnd, List<QuoteCues.Cue> post) {
        for (QuoteCues.Cue cue : post) {
            SpeakerMention m = null;
            if (cue.kind() == QuoteCues.Kind.VERB) {
                m = SpeakerPhrases.before(masked, close, cue.start());
                if (m == null && afterComma(cue.start())) {
                    m = SpeakerPhrases.after(masked, cue.end(), postEnd);
                }
            } else if (cue.kind() == QuoteCues.Kind.SOURCE) {
                m = SpeakerPhrases.after(masked, cue.end(), postEnd);
            }
            if (m != null) {
                return QuoteSpeaker.of(m, cue.words());
            }
        }
        return null;
    }

    /** Whether only "and", "or" and punctuation stand between two offsets (a list of quotes). */
    private boolean connectorOnly(int from, int to) {
        for (SpeakerPhrases.Word w : SpeakerPhrases.words(masked, from, to)) {
            if (!w.text().equals("and") && !w.text().equals("or")) {
                return false;
            }
        }
        return true;
    }

    private int nextWord(int from) {
        int i = from;
        while (i < text.length() && QuoteSpans.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** For a quote with no cue that opens a sentence: the speaker of the sentence before it in its paragraph. */
    @Nullable
    QuoteSpeaker previousSentence(QuoteSpan span) {
        int start = frames.frameStart(span.open());
        if (start != span.open()) {
            return null;
        }
        return previousSentence(start, start);
    }

    /** The speaker of the last cue in the sentence before {@code start}, in the same paragraph, up to {@code to}. */
    private @Nullable QuoteSpeaker previousSentence(int start, int to) {
        if (start == frames.paragraph(start)[0]) {
            return null;
        }
        int prevStart = frames.frameStart(start - 1);
        for (QuoteCues.Cue cue : frames.cues(prevStart, to).reversed()) {
            if (cue.kind() == QuoteCues.Kind.VERB && !QuoteCues.isReporting(cue)) {
                SpeakerMention m = SpeakerPhrases.before(masked, prevStart, cue.start());
                if (m != null) {
                    return QuoteSpeaker.of(m, cue.words());
                }
            }
        }
        return null;
    }

    /** A cue right after the quote: ", X said", ", said X", ", according to X", "― Name". */
    private @Nullable QuoteSpeaker right(int close, int postEnd, int dashEnd, List<QuoteCues.Cue> post) {
        int i = close;
        while (i < dashEnd && QuoteSpans.isSpace(masked.charAt(i))) {
            i++;
        }
        if (i < dashEnd && "\u2015\u2014\u2013-".indexOf(masked.charAt(i)) >= 0) {
            List<SpeakerPhrases.Word> words = SpeakerPhrases.words(masked, i + 1, dashEnd);
            int end = 0;
            while (end < words.size() && end < 5 && SpeakerPhrases.isNameWord(words.get(end))) {
                end++;
            }
            SpeakerMention m = end == 0 ? null : SpeakerPhrases.read(words.subList(0, end));
            if (m != null) {
                return QuoteSpeaker.of(m, masked.substring(i, i + 1));
            }
        }
        if (post.isEmpty()) {
            return null;
        }
        QuoteCues.Cue cue = post.get(0);
        if (cue.kind() != QuoteCues.Kind.PARTICIPLE && punctuationOnly(close, cue.start())) {
            SpeakerMention m = SpeakerPhrases.after(masked, cue.end(), postEnd);
            if (m != null) {
                return QuoteSpeaker.of(m, cue.words());
            }
        }
        if (cue.kind() == QuoteCues.Kind.VERB) {
            SpeakerMention m = SpeakerPhrases.before(masked, close, cue.start());
            if (m != null && punctuationOnly(close, m.phraseStart())) {
                return QuoteSpeaker.of(m, cue.words());
            }
        }
        return null;
    }

    /** The nearest cue before the quote in its sentence with a speaker: "X said:", "X said the troops "...". */
    private @Nullable QuoteSpeaker left(int sentenceStart, int preStart, int open) {
        List<QuoteCues.Cue> pre = frames.cues(preStart, open);
        for (int i = 0; i < pre.size(); i++) {
            QuoteCues.Cue cue = pre.get(i);
            SpeakerMention m = switch (cue.kind()) {
                case SOURCE -> SpeakerPhrases.after(masked, cue.end(), open);
                case VERB ->
                    coordinated(cue.start())
                            ? clauseSubject(sentenceStart, cue.start())
                            : SpeakerPhrases.before(masked, preStart, cue.start());
                case PARTICIPLE -> clauseSubject(sentenceStart, cue.start());
            };
            if (m != null) {
                return QuoteSpeaker.of(m, cue.words());
            }
        }
        return null;
    }

    /** The end of the next sentence when it is only a cue and its speaker ("Trump said."), else {@code end}. */
    private int bareCue(int close, int end) {
        int next = nextWord(close);
        if (next >= text.length() || next >= frames.paragraph(close - 1)[1]) {
            return end;
        }
        int nextEnd = frames.frameEnd(next);
        List<QuoteCues.Cue> cues = frames.cues(next, nextEnd);
        boolean bare = SpeakerPhrases.words(masked, next, nextEnd).size() <= 6
                && !cues.isEmpty()
                && masked.charAt(nextEnd - 1) == '.'
                && masked.indexOf(QuoteFrames.MASK, next) != next;
        return bare ? nextEnd : end;
    }

    private boolean afterComma(int cue) {
        int i = cue - 1;
        while (i > 0 && QuoteSpans.isSpace(masked.charAt(i))) {
            i--;
        }
        return i >= 0 && masked.charAt(i) == ',';
    }

    /** Whether a cue follows "and" or "but": "... took the stage and called it "rotten"". */
    private boolean coordinated(int cue) {
        int i = cue - 1;
        while (i > 0 && QuoteSpans.isSpace(masked.charAt(i))) {
            i--;
        }
        return masked.startsWith("and", i - 2) && (i < 3 || !Character.isLetter(masked.charAt(i - 3)))
                || masked.startsWith("but", i - 2) && (i < 3 || !Character.isLetter(masked.charAt(i - 3)));
    }

    /** The subject of the clause a participle hangs on: the first cue's, or the name that opens the sentence. */
    private @Nullable SpeakerMention clauseSubject(int sentenceStart, int participle) {
        for (QuoteCues.Cue cue : frames.cues(sentenceStart, participle)) {
            if (cue.kind() == QuoteCues.Kind.VERB) {
                SpeakerMention m = SpeakerPhrases.before(masked, sentenceStart, cue.start());
                if (m != null) {
                    return m;
                }
            }
        }
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(masked, sentenceStart, participle);
        for (int i = 0; i < words.size(); i++) {
            if (!SpeakerPhrases.isNameWord(words.get(i))) {
                continue;
            }
            int end = i;
            while (end + 1 < words.size() && SpeakerPhrases.isNameWord(words.get(end + 1))) {
                end++;
            }
            boolean verbNext = end + 1 < words.size()
                    && !words.get(end + 1).capitalised()
                    && SpeakerPhrases.onlySpace(
                            masked, words.get(end).end(), words.get(end + 1).start())
                    && (end + 2 >= words.size()
                            || SpeakerPhrases.onlySpace(
                                    masked,
                                    words.get(end + 1).end(),
                                    words.get(end + 2).start()));
            boolean titleNext = verbNext
                    && end + 2 < words.size()
                    && (SpeakerWords.TITLES.contains(words.get(end + 1).key())
                            || SpeakerWords.ROLES.contains(words.get(end + 1).key()))
                    && SpeakerPhrases.isNameWord(words.get(end + 2));
            if (verbNext && !titleNext) {
                return SpeakerPhrases.read(words.subList(i, end + 1));
            }
            i = end;
        }
        return null;
    }

    /** A quote that opens a paragraph after one that ends in a cue and a colon: "The Times reports:". */
    private @Nullable QuoteSpeaker introduced(int open) {
        int i = open - 1;
        while (i > 0 && QuoteSpans.isSpace(masked.charAt(i))) {
            i--;
        }
        if (i <= 0 || masked.charAt(i) != ':') {
            return null;
        }
        int start = frames.frameStart(i - 1);
        if (start == open) {
            return null;
        }
        return left(start, start, i);
    }

    /** "Name: 'quote'", in a headline or a text: "Republican pollster Daron Shaw: "..."". */
    private @Nullable QuoteSpeaker headline(int start, int open) {
        int colon = open - 1;
        while (colon > start && QuoteSpans.isSpace(masked.charAt(colon))) {
            colon--;
        }
        if (colon <= start || masked.charAt(colon) != ':') {
            return null;
        }
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(masked, start, colon);
        int first = words.size();
        while (first > 0
                && words.size() - first < 6
                && SpeakerPhrases.onlySpace(
                        masked,
                        words.get(first - 1).end(),
                        first == words.size() ? colon : words.get(first).start())) {
            first--;
        }
        if (first == words.size() - 1
                && SpeakerWords.LABELS.contains(words.get(first).key())) {
            return previousSentence(start, colon); // "Details: Umierov said ... Quote: "...""
        }
        SpeakerMention m = first < words.size() ? SpeakerPhrases.read(words.subList(first, words.size())) : null;
        if (m == null || m.kind() != SpeakerMention.Kind.PERSON && m.kind() != SpeakerMention.Kind.ORGANIZATION) {
            return null;
        }
        return QuoteSpeaker.of(m, ":");
    }

    private boolean punctuationOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            if (Character.isLetterOrDigit(c) || c == QuoteFrames.MASK) {
                return false;
            }
        }
        return true;
    }
}
