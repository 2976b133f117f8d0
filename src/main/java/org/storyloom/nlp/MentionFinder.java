package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Mentions of one sentence: proper-noun chunks, cleaned of titles and demonyms, with their type cues. */
final class MentionFinder {

    private final Gazetteer gazetteer;
    private final Chunks chunks;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.chunks = new Chunks(gazetteer);
    }

    List<Mention> find(String text, List<Token> tokens, int sentence) {
        boolean headline = Chunks.titleCase(tokens);
        List<Chunks.Span> spans = chunks.find(tokens);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Chunks.Span span = spans.get(k);
            Chunks.Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            Mention body = possessiveBody(text, tokens, sentence, span, next);
            mentions(text, tokens, sentence, span, headline, out);
            if (body != null) {
                out.add(body);
                k++;
            }
        }
        return out;
    }

    /** "South Korea's Foreign Ministry": a generic body after a possessive keeps its possessor in its name. */
    private @Nullable Mention possessiveBody(
            String text, List<Token> tokens, int sentence, Chunks.Span owner, Chunks.@Nullable Span body) {
        if (body == null || body.start() != owner.end() + 1 || !isPossessive(tokens.get(owner.end()))) {
            return null;
        }
        List<String> words = words(tokens, body.start(), body.end());
        if (!Cues.ORG_HEADS.contains(words.get(words.size() - 1)) || !Cues.GENERIC_BODY.containsAll(words)) {
            return null;
        }
        String full = text.substring(
                tokens.get(owner.start()).start(), tokens.get(body.end() - 1).end());
        String shortForm = text.substring(
                tokens.get(body.start()).start(), tokens.get(body.end() - 1).end());
        List<String> all = words(tokens, owner.start(), body.end());
        return new Mention(full, all, sentence, null, Votes.of(EntityType.ORGANIZATION, 6), shortForm);
    }

    private static boolean isPossessive(Token t) {
        String w = t.text().replace('’', '\'');
        return "'s".equals(w) || "'".equals(w);
    }

    private void mentions(
            String text, List<Token> tokens, int sentence, Chunks.Span span, boolean headline, List<Mention> out) {
        int s = span.start();
        int e = span.end();
        String whole = text.substring(tokens.get(s).start(), tokens.get(e - 1).end());
        Gazetteer.Known known = gazetteer.find(whole);
        List<String> words = words(tokens, s, e);
        if (known == null && headline) {
            knownInside(text, tokens, sentence, s, e, out);
            return;
        }
        if (known == null
                && (Cues.NOT_ENTITY_HEADS.contains(words.get(words.size() - 1))
                        || words.size() == 1 && Cues.NOT_NAMES.contains(words.get(0)))) {
            return;
        }
        if (known != null || isOrgName(words)) {
            while (s < e - 1 && (Cues.TIME_WORDS.contains(words.get(0)) || "Former".equals(words.get(0)))) {
                s++;
                words = words.subList(1, words.size());
            }
            Votes v = known != null ? Votes.of(known.type(), 10) : Votes.of(EntityType.ORGANIZATION, 5);
            add(text, tokens, sentence, s, e, known, headline ? headlineVotes(known) : v, out);
            return;
        }
        int titleAt = lastTitle(words);
        boolean titled = false;
        if (titleAt >= 0 && titleAt < words.size() - 1) {
            int firstTitle = firstTitle(words);
            if (firstTitle > 0) {
                mentions(text, tokens, sentence, new Chunks.Span(s, s + firstTitle), headline, out);
            }
            s += titleAt + 1;
            titled = true;
        }
        while (s < e && (isNoise(tokens.get(s).text()) || demonymAt(tokens, s, e) > 0)) {
            s += Math.max(1, demonymAt(tokens, s, e));
        }
        while (e > s && Cues.TIME_WORDS.contains(tokens.get(e - 1).text())) {
            e--;
        }
        if (allTitles(tokens, s, e)) {
            return;
        }
        String name = text.substring(tokens.get(s).start(), tokens.get(e - 1).end());
        Gazetteer.Known inner = gazetteer.find(name);
        Votes v = inner != null ? Votes.of(inner.type(), 10) : TypeCues.votes(gazetteer, tokens, s, e, titled);
        add(text, tokens, sentence, s, e, inner, headline ? headlineVotes(inner) : v, out);
    }

    /** In a headline, case says little: keep only the gazetteer's names inside the chunk (two words, then one). */
    private void knownInside(String text, List<Token> tokens, int sentence, int s, int e, List<Mention> out) {
        int i = s;
        while (i < e) {
            int width = i + 1 < e ? 2 : 1;
            for (; width >= 1; width--) {
                String name = text.substring(
                        tokens.get(i).start(), tokens.get(i + width - 1).end());
                Gazetteer.Known k = gazetteer.find(name);
                if (k != null) {
                    add(text, tokens, sentence, i, i + width, k, Votes.of(k.type(), 10), out);
                    break;
                }
            }
            i += Math.max(width, 1);
        }
    }

    private static Votes headlineVotes(Gazetteer.@Nullable Known known) {
        return known == null ? Votes.NONE : Votes.of(known.type(), 10);
    }

    private static boolean isOrgName(List<String> words) {
        String last = words.get(words.size() - 1);
        if (Cues.ORG_HEADS.contains(last)) {
            return true;
        }
        int of = words.indexOf("of");
        int forAt = words.indexOf("for");
        int cut = of > 0 ? of : forAt;
        return cut > 0 && Cues.ORG_HEADS.contains(words.get(cut - 1));
    }

    private static boolean isNoise(String word) {
        return Cues.TIME_WORDS.contains(word) || Cues.NOT_NAMES.contains(word);
    }

    /** How many words at {@code s} make a demonym ("North Korean", "Russian", "Democrats"), or 0. */
    private int demonymAt(List<Token> tokens, int s, int e) {
        if (s + 1 < e
                && isDemonym(tokens.get(s).text() + " " + tokens.get(s + 1).text())) {
            return 2;
        }
        return isDemonym(tokens.get(s).text()) ? 1 : 0;
    }

    private boolean isDemonym(String words) {
        return gazetteer.isDemonym(words)
                || words.endsWith("s") && gazetteer.isDemonym(words.substring(0, words.length() - 1));
    }

    private static boolean allTitles(List<Token> tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Cues.TITLES.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static int lastTitle(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Cues.TITLES.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstTitle(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (Cues.TITLES.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void add(
            String text,
            List<Token> tokens,
            int sentence,
            int s,
            int e,
            Gazetteer.@Nullable Known known,
            Votes votes,
            List<Mention> out) {
        String name = text.substring(tokens.get(s).start(), tokens.get(e - 1).end());
        if (name.length() < 2 || name.toLowerCase(Locale.ROOT).equals(name)) {
            return;
        }
        out.add(new Mention(name, words(tokens, s, e), sentence, known, votes, null));
    }

    static List<String> words(List<Token> tokens, int s, int e) {
        List<String> out = new ArrayList<>(e - s);
        for (int i = s; i < e; i++) {
            out.add(tokens.get(i).text());
        }
        return out;
    }
}
