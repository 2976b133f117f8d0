package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Cue words that introduce speech or reporting ("said", "told", "according to", "reported"), found in a text. */
final class QuoteCues {

    /**
     * One cue in the text.
     *
     * @param words the cue as written
     * @param start offset of its first character
     * @param end offset just past it
     * @param kind how the cue relates to its speaker
     */
    record Cue(String words, int start, int end, Kind kind) {}

    enum Kind {
        /** A verb whose subject speaks, before it ("X said") or after it when inverted ("said X"). */
        VERB,
        /** A participle whose subject is the clause's ("..., saying"; "..., adding"). */
        PARTICIPLE,
        /** A preposition whose object speaks ("according to X", "as reported by X"). */
        SOURCE
    }

    /** Verbs in all their forms: base, third person, past, participle, gerund. */
    private static final String[] REGULAR = {
        "add",
        "ask",
        "explain",
        "insist",
        "argue",
        "claim",
        "recall",
        "tweet",
        "warn",
        "reply",
        "respond",
        "acknowledge",
        "admit",
        "announce",
        "observe",
        "suggest",
        "remark",
        "joke",
        "quip",
        "complain",
        "concede",
        "caution",
        "urge",
        "testify",
        "emphasize",
        "emphasise",
        "stress",
        "predict",
        "promise",
        "vow",
        "boast",
        "lament",
        "shout",
        "yell",
        "exclaim",
        "describe",
        "dub",
        "conclude",
        "contend",
        "assert",
        "allege",
        "maintain",
        "mention",
        "agree",
        "deny",
        "confirm",
        "reveal",
        "recount",
        "scream",
        "proclaim",
        "muse",
        "wonder",
        "plead",
        "demand",
        "pledge",
        "recommend",
        "declare",
        "inform",
        "assure",
        "concur",
        "tell",
        "say",
        "write",
        "speak",
        "chime",
        "retort",
        "reiterate",
        "affirm",
        "opine",
        "scoff",
        "sneer",
        "gush",
        "snap",
        "declare",
        "thunder",
        "marvel",
        "grumble",
        "attack",
        "criticize",
        "criticise",
        "scold",
        "bemoan",
        "accuse",
        "slam",
        "blast",
        "mock",
        "praise",
        "thank",
        "ridicule",
        "dismiss",
        "decry",
        "condemn",
        "tout",
        "hail",
        "applaud",
        "defend",
        "invoke",
        "cite",
        "quote",
        "tease",
        "taunt",
        "insult",
        "deride",
        "lambast",
        "chide",
        "rebuke",
        "denounce",
        "brag",
        "gloat",
        "sigh",
        "laugh",
        "cry",
        "interject",
        "interrupt",
        "chant",
        "testify",
        "estimate",
        "indicate",
        "propose",
        "remember",
        "react",
        "lecture",
        "believe",
        "surmise",
        "query",
        "inquire",
        "enquire",
        "figure",
        "observe",
        "caution",
        "posit",
        "reason",
        "venture",
        "tweet",
        "retweet",
        "caution"
    };

    /** Verbs only in past or third-person forms: their base is mostly a noun ("state", "report", "post"). */
    private static final String[] PAST_ONLY = {
        "stated",
        "reported",
        "reports",
        "posted",
        "noted",
        "notes",
        "charged",
        "countered",
        "answered",
        "continued",
        "called",
        "calls",
        "calling",
        "labeled",
        "labelled",
        "branded",
        "offered",
        "quoted",
        "cited",
        "wrote",
        "writes",
        "written",
        "spoke",
        "spoken",
        "told",
        "tells",
        "telling",
        "said",
        "says",
        "saying",
        "echoed",
        "conceded",
        "texted",
        "emailed",
        "e-mailed",
        "messaged",
        "tweeted",
        "blogged",
        "sings",
        "sang",
        "reads",
        "pointed out",
        "points out",
        "went on",
        "goes on",
        "summed up",
        "put it",
        "puts it",
        "signed off"
    };

    private static final Set<String> PARTICIPLES = Set.of(
            "saying",
            "adding",
            "telling",
            "noting",
            "calling",
            "writing",
            "explaining",
            "arguing",
            "insisting",
            "warning",
            "claiming",
            "declaring",
            "stressing");

    /** Base forms that cue speech ("sources say", "critics argue"). */
    private static final Set<String> BASES = Set.of(
            "say",
            "tell",
            "ask",
            "add",
            "write",
            "explain",
            "insist",
            "argue",
            "claim",
            "warn",
            "admit",
            "agree",
            "predict",
            "recall",
            "suggest",
            "contend",
            "maintain",
            "acknowledge",
            "concede",
            "complain",
            "allege",
            "assert",
            "declare",
            "testify",
            "believe",
            "speak");

    /** Participles that cue speech even without a comma before them ("was quoted saying"). */
    private static final Set<String> BARE_PARTICIPLES = Set.of("saying", "adding", "telling", "asking", "writing");

    private static final Set<String> FORMS = forms();
    private static final Set<String> SOURCE_HEADS =
            Set.of("according", "According", "as", "As", "reported", "quoted", "cited");
    private static final Set<String> PARTICLE_HEADS = particleHeads();

    private static final Pattern SOURCE = Pattern.compile(
            "(?:[Aa]ccording to|[Aa]s reported by|reported by|[Aa]s quoted by|quoted by|[Aa]s cited by|cited by)\\b");
    private static final Pattern PROGRESSIVE = Pattern.compile("\\b(?:is|was|are|were|been|be|'s|\u2019s|and)\\s+$");
    private static final Pattern PARTICLE = Pattern.compile(" (out|on|up|it|off)\\b");

    /** "called for", "called on": not speech. */
    private static final Pattern PHRASAL = Pattern.compile(" (?:for|on|off|up|in|back|out|to)\\b");

    private QuoteCues() {}

    /** The cues between two offsets of a text, in order. */
    static List<Cue> find(String text, int from, int to) {
        List<Cue> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
            if (wordStart) {
                Cue cue = cue(text, i, end, to);
                if (cue != null) {
                    out.add(cue);
                    end = Math.max(end, cue.end());
                }
            }
            i = end;
        }
        return out;
    }

    private static @Nullable Cue cue(String text, int start, int end, int to) {
        String w = text.substring(start, end);
        if (SOURCE_HEADS.contains(w)) {
            Matcher source = SOURCE.matcher(text).region(start, to);
            if (source.lookingAt()) {
                return new Cue(source.group().toLowerCase(Locale.ROOT), start, source.end(), Kind.SOURCE);
            }
        }
        if (PARTICLE_HEADS.contains(w)) {
            Matcher particle = PARTICLE.matcher(text).region(end, to);
            if (particle.lookingAt() && FORMS.contains(w + " " + particle.group(1))) {
                return new Cue(w + " " + particle.group(1), start, particle.end(), Kind.VERB);
            }
        }
        if (!FORMS.contains(w)) {
            return null;
        }
        if (w.startsWith("call") && PHRASAL.matcher(text).region(end, to).lookingAt()) {
            return null;
        }
        boolean comma = precededByComma(text, start);
        if (w.endsWith("ing")
                && !comma
                && !BARE_PARTICIPLES.contains(w)
                && !PROGRESSIVE
                        .matcher(text.substring(Math.max(0, start - 8), start))
                        .find()) {
            return null; // "the last warning": a noun, unless "was warning" or ", warning"
        }
        Kind kind = PARTICIPLES.contains(w) && comma ? Kind.PARTICIPLE : Kind.VERB;
        return new Cue(w, start, end, kind);
    }

    /** Whether a word is a cue verb form ("said", "told", "adding"). */
    static boolean isCueWord(String word) {
        return FORMS.contains(word);
    }

    /** Whether a cue reports rather than speaks ("Tass reported", "cited by"). */
    static boolean isReporting(Cue cue) {
        return cue.words().startsWith("report")
                || cue.words().startsWith("quot")
                || cue.words().startsWith("cit")
                || cue.words().contains(" by");
    }

    private static boolean precededByComma(String text, int at) {
        int i = at - 1;
        while (i >= 0 && QuoteSpans.isSpace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == '\u2014' || text.charAt(i) == '\u0001');
    }

    private static Set<String> forms() {
        Set<String> out = new HashSet<>();
        for (String verb : PAST_ONLY) {
            out.add(verb);
        }
        for (String verb : REGULAR) {
            if (BASES.contains(verb)) {
                out.add(verb); // "they say"; most other bases are nouns too ("an attack", "the report")
            }
            out.add(verb.endsWith("s") || verb.endsWith("sh") ? verb + "es" : third(verb));
            out.add(past(verb));
            out.add(gerund(verb));
        }
        out.removeAll(Set.of("tell", "write", "speak", "writ", "writed", "telled", "speaked", "sayed", "tells"));
        out.addAll(Set.of("tells", "says", "said", "told", "wrote", "spoke"));
        return Set.copyOf(out);
    }

    private static Set<String> particleHeads() {
        Set<String> out = new HashSet<>();
        for (String form : FORMS) {
            if (form.indexOf(' ') > 0) {
                out.add(form.substring(0, form.indexOf(' ')));
            }
        }
        return Set.copyOf(out);
    }

    private static String third(String verb) {
        if (verb.endsWith("y") && !verb.endsWith("ay")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static String past(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && !verb.endsWith("ay")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (Set.of("quip", "admit", "dub", "snap", "concur", "plead").contains(verb)) {
            return "plead".equals(verb) ? "pleaded" : verb + verb.charAt(verb.length() - 1) + "ed";
        }
        return verb + "ed";
    }

    private static String gerund(String verb) {
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (Set.of("quip", "admit", "dub", "snap", "concur").contains(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }
}
