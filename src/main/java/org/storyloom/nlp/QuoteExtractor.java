package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Direct quotes with their speakers, and attributions of reporting, in an article's text. Rules, no model: quoted
 * stretches ({@link QuoteSpans}), cues next to them ({@link QuoteCues}), the speaker phrase by the cue
 * ({@link SpeakerPhrases}) resolved within the article ({@link SpeakerResolver}). Quotes of a few words with no
 * cue are scare quotes and are skipped. Thread-safe.
 */
public final class QuoteExtractor {

    /** Quotes this short with no cue in their sentence are scare quotes, not speech. */
    static final int MIN_UNCUED_WORDS = 4;

    private final Nlp nlp;

    public QuoteExtractor(Nlp nlp) {
        this.nlp = nlp;
    }

    private static int contentEnd(String text, QuoteSpan span) {
        int end = span.close();
        char c = text.charAt(end - 1);
        boolean mark = c == '"' || c == '\u201d' || c == '\u2019' || c == '\'';
        return mark && end - 1 > span.open() ? end - 1 : end;
    }

    /** Quotes and attributions in a text, split into sentences by {@link Nlp}. */
    public QuoteFindings find(String text) {
        return find(text, nlp.sentences(text));
    }

    /** Quotes and attributions in a text already split into sentences (offsets into {@code text}). */
    public QuoteFindings find(String text, List<Sentence> sentences) {
        QuoteFrames frames = new QuoteFrames(text, sentences);
        SpeakerResolver resolver = new SpeakerResolver(text);
        SpeakerFinder speakers = new SpeakerFinder(frames);
        List<Quote> quotes = new ArrayList<>();
        List<QuoteSpan> spans = frames.spans();
        @Nullable QuoteSpeaker previous = null;
        int previousParagraph = -10;
        int heard = 0;
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpan span = spans.get(k);
            heard = frames.listen(resolver, heard, span.open());
            @Nullable QuoteSpeaker found = speakers.speaker(k, previous);
            boolean cued = found != null;
            if (found == null) {
                if (span.words() < MIN_UNCUED_WORDS) {
                    continue;
                }
                found = speakers.previousSentence(span);
                if (found != null) {
                    found = found.resolved(resolver);
                } else {
                    boolean near = span.paragraph() - previousParagraph <= 1;
                    found = previous != null && near ? previous.uncued() : null;
                }
            } else {
                found = found.resolved(resolver);
                found = frames.throughOutlet(found, resolver, span.paragraph() - previousParagraph <= 1);
            }
            int[] frame = frames.frame(span);
            Quote quote = new Quote(
                    found == null ? null : found.speaker(),
                    found == null ? null : found.mention(),
                    span.text(),
                    found == null ? null : found.cue(),
                    text.substring(frame[0], frame[1]),
                    span.contentStart(),
                    contentEnd(text, span));
            if (!cued && found != null && !quotes.isEmpty() && frames.sameParagraphRun(quotes, span)) {
                Quote last = quotes.remove(quotes.size() - 1);
                quote = new Quote(
                        last.speaker(),
                        last.mention(),
                        last.text() + " \u2026 " + span.text(),
                        last.cue(),
                        text.substring(Math.min(frame[0], frames.frameStart(last.start())), frame[1]),
                        last.start(),
                        quote.end());
            }
            quotes.add(quote);
            if (found != null) {
                previous = found;
                previousParagraph = span.paragraph() + span.paragraphs() - 1;
            }
        }
        List<Attribution> attributions = new AttributionFinder(frames, resolver).find(quotes);
        return new QuoteFindings(quotes, attributions);
    }
}
