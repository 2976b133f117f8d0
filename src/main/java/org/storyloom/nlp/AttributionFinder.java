package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Attributions of reporting, sentence by sentence: an outlet that reports ("Kremlin newswire Tass reported",
 * "as reported by European Pravda", "according to the state-run TASS news agency") carrying the words of the
 * sentence's speaker, and a speaker's medium ("said in a statement", "told CNN").
 */
final class AttributionFinder {

    private static final Pattern MEDIUM = Pattern.compile(
            "[\\s\u00a0]+(?:[\\p{L}]+[\\s\u00a0]+){0,2}?(?:in|on|during|via|through)\\s+((?:an?|the|his|her|its|their)\\s+)?"
                    + "((?:[\\p{L}-]+\\s+){0,2}(?:statement|video|interview|post|tweet|letter|press release|op-ed|"
                    + "speech|briefing|press conference|news conference|Telegram|Twitter|X|Facebook|Instagram|YouTube|"
                    + "TikTok|television|podcast|e-?mail|message|address|column|blog))\\b");
    private static final Pattern TOLD = Pattern.compile("\\s+((?:[A-Z][\\p{L}.&'-]*\\s?){1,4})");

    private final QuoteFrames frames;
    private final SpeakerResolver resolver;

    AttributionFinder(QuoteFrames frames, SpeakerResolver resolver) {
        this.frames = frames;
        this.resolver = resolver;
    }

    List<Attribution> find(List<Quote> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : frames.sentences()) {
            List<QuoteCues.Cue> cues = frames.cues(s.start(), s.end());
            boolean reports = false;
            for (QuoteCues.Cue cue : cues) {
                reports |= cue.kind() == QuoteCues.Kind.SOURCE || QuoteCues.isReporting(cue);
            }
            String speaker = reports ? speakerIn(s, quotes) : null;
            for (QuoteCues.Cue cue : cues) {
                Attribution a = attribution(s, cue, speaker);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private @Nullable Attribution attribution(Sentence s, QuoteCues.Cue cue, @Nullable String speaker) {
        String masked = frames.masked();
        if (cue.kind() == QuoteCues.Kind.SOURCE) {
            return source(s, cue, speaker);
        }
        if (cue.kind() != QuoteCues.Kind.VERB) {
            return null;
        }
        Matcher medium = MEDIUM.matcher(masked).region(cue.end(), s.end());
        Matcher told = TOLD.matcher(masked).region(cue.end(), s.end());
        boolean hasMedium = medium.lookingAt();
        boolean hasOutlet = cue.words().equals("told") && told.lookingAt();
        if (!QuoteCues.isReporting(cue) && !hasMedium && !hasOutlet) {
            return null;
        }
        SpeakerMention m = SpeakerPhrases.before(masked, s.start(), cue.start());
        if (m == null && !QuoteCues.isReporting(cue)) {
            return null;
        }
        if (QuoteCues.isReporting(cue) && m != null && m.isOutlet()) {
            String reporter = speaker != null && !speaker.equals(m.text()) ? speaker : null;
            return reporter == null
                    ? new Attribution(m.text(), null, cue.words(), s.text(), s.start())
                    : new Attribution(reporter, m.text(), cue.words(), s.text(), s.start());
        }
        if (m == null) {
            return null;
        }
        String reporter = resolver.resolve(m, m.start());
        if (reporter == null) {
            return null;
        }
        return hasMedium ? medium(s, cue, reporter, medium) : hasOutlet ? told(s, reporter, told) : null;
    }

    /** "said in a statement", "said in a YouTube video". */
    private Attribution medium(Sentence s, QuoteCues.Cue cue, String reporter, Matcher medium) {
        String article = medium.group(1) == null ? "" : medium.group(1);
        String words = cue.words() + frames.masked().substring(cue.end(), medium.end());
        return new Attribution(reporter, article + medium.group(2), words, s.text(), s.start());
    }

    /** "told CNN", "told Reuters". */
    private @Nullable Attribution told(Sentence s, String reporter, Matcher told) {
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(frames.masked(), told.start(1), told.end(1));
        SpeakerMention outlet = SpeakerPhrases.read(words);
        return outlet != null && outlet.isOutlet()
                ? new Attribution(reporter, outlet.text(), "told", s.text(), s.start())
                : null;
    }

    /** "as reported by European Pravda", "according to the state-run TASS news agency". */
    private @Nullable Attribution source(Sentence s, QuoteCues.Cue cue, @Nullable String speaker) {
        SpeakerMention m = SpeakerPhrases.after(frames.masked(), cue.end(), s.end());
        if (m == null || !m.isOutlet() && !cue.words().contains("by")) {
            return null;
        }
        String reporter = speaker != null ? speaker : firstPerson(s, cue.start());
        return reporter == null || reporter.equals(m.text())
                ? new Attribution(m.text(), null, cue.words(), s.text(), s.start())
                : new Attribution(reporter, m.text(), cue.words(), s.text(), s.start());
    }

    /** Who speaks in a sentence: the speaker of a quote in it, else the subject of a cue that is not an outlet. */
    private @Nullable String speakerIn(Sentence s, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.start() >= s.start() && q.start() < s.end() && q.speaker() != null) {
                return q.speaker();
            }
        }
        String masked = frames.masked();
        for (QuoteCues.Cue cue : frames.cues(s.start(), s.end())) {
            if (cue.kind() == QuoteCues.Kind.VERB && !QuoteCues.isReporting(cue)) {
                SpeakerMention m = SpeakerPhrases.before(masked, s.start(), cue.start());
                if (m != null && !m.isOutlet()) {
                    return resolver.resolve(m, m.start());
                }
            }
        }
        return null;
    }

    /** The first full name of a person in a sentence, before an offset ("Source: ... Minister Rustem Umierov"). */
    private @Nullable String firstPerson(Sentence s, int before) {
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(frames.masked(), s.start(), before);
        for (int i = 0; i < words.size(); i++) {
            if (!SpeakerPhrases.isNameWord(words.get(i))) {
                continue;
            }
            int end = i;
            while (end + 1 < words.size()
                    && SpeakerPhrases.isNameWord(words.get(end + 1))
                    && words.get(end + 1).start() - words.get(end).end() == 1) {
                end++;
            }
            SpeakerMention m = SpeakerPhrases.read(words.subList(i, end + 1));
            if (m != null && m.kind() == SpeakerMention.Kind.PERSON && m.text().indexOf(' ') > 0) {
                return m.text();
            }
            i = end;
        }
        return null;
    }
}
