package org.storyloom.nlp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One text read for quotes: its paragraphs, sentences and quoted stretches, the text with every quote masked
 * (so cues and speakers are only looked for outside quotes), and the choice of a speaker for each quote.
 */
final class QuoteFrames {

    static final char MASK = '\u0001';

    private final String text;
    private final String masked;
    private final List<Sentence> sentences;
    private final List<int[]> paragraphs;
    private final List<QuoteSpan> spans;
    private final List<QuoteCues.Cue> cues;

    QuoteFrames(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        this.paragraphs = QuoteSpans.paragraphs(text);
        this.spans = QuoteSpans.find(text, paragraphs);
        char[] chars = text.toCharArray();
        for (QuoteSpan span : spans) {
            for (int i = span.open(); i < span.close(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = MASK;
                }
            }
        }
        this.masked = new String(chars);
        this.cues = QuoteCues.find(masked, 0, masked.length());
    }

    /** The cues outside quotes that lie between two offsets, in order. */
    List<QuoteCues.Cue> cues(int from, int to) {
        int lo = 0;
        int hi = cues.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cues.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < cues.size() && cues.get(end).end() <= to) {
            end++;
        }
        return cues.subList(lo, end);
    }

    List<QuoteSpan> spans() {
        return spans;
    }

    String text() {
        return text;
    }

    String masked() {
        return masked;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences a quote stands in: from the start of the one it opens in to the end of the one it closes in. */
    int[] frame(QuoteSpan span) {
        return new int[] {frameStart(span.open()), frameEnd(Math.max(span.open(), span.close() - 1))};
    }

    int frameStart(int offset) {
        int[] p = paragraph(offset);
        Sentence s = sentence(offset);
        return s == null ? p[0] : Math.max(p[0], Math.min(s.start(), offset));
    }

    int frameEnd(int offset) {
        int[] p = paragraph(offset);
        Sentence s = sentence(offset);
        return s == null ? p[1] : Math.min(p[1], Math.max(s.end(), offset + 1));
    }

    /** "..." KCNA reported: the outlet carries the words of the person who spoke last; the person is the speaker. */
    QuoteSpeaker throughOutlet(QuoteSpeaker found, SpeakerResolver resolver, boolean personJustSpoke) {
        SpeakerMention phrase = found.phrase();
        if (phrase == null
                || found.cue() == null
                || !phrase.isOutlet()
                || !QuoteCues.isReporting(new QuoteCues.Cue(found.cue(), 0, 0, QuoteCues.Kind.VERB))) {
            return found;
        }
        String person = resolver.lastPerson();
        return person == null || !personJustSpoke
                ? found
                : new QuoteSpeaker(person, found.mention(), found.cue(), phrase);
    }

    /** Updates the resolver with the people who speak (quoted or not) between two offsets; returns the end. */
    int listen(SpeakerResolver resolver, int from, int to) {
        if (to <= from) {
            return from;
        }
        for (QuoteCues.Cue cue : cues(from, to)) {
            if (cue.kind() == QuoteCues.Kind.VERB && !QuoteCues.isReporting(cue)) {
                SpeakerMention m = SpeakerPhrases.before(masked, frameStart(cue.start()), cue.start());
                if (m != null && m.kind() == SpeakerMention.Kind.PERSON) {
                    String name = resolver.resolve(m, m.start());
                    if (name != null && name.indexOf(' ') > 0) {
                        resolver.spoke(name, m.kind());
                    }
                }
            }
        }
        return to;
    }

    /** Whether an uncued quote continues the last quote found, a cued one in the same paragraph. */
    boolean sameParagraphRun(List<Quote> quotes, QuoteSpan span) {
        Quote last = quotes.get(quotes.size() - 1);
        int[] p = paragraph(span.open());
        return last.end() >= p[0] && last.cue() != null;
    }

    int[] paragraph(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphs.get(mid)[0] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return paragraphs.isEmpty() ? new int[] {0, text.length()} : paragraphs.get(lo);
    }

    private @Nullable Sentence sentence(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        if (hi < 0) {
            return null;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Sentence s = sentences.get(lo);
        return s.start() <= offset && offset < s.end() ? s : null;
    }
}
