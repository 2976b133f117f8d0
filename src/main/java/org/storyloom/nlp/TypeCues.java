package org.storyloom.nlp;

import java.util.List;
import java.util.Locale;

/** The evidence around a chunk for its type: titles, roles, appositions, verbs of saying, prepositions. */
final class TypeCues {

    private static final java.util.Set<String> AGE_END = java.util.Set.of(",", ".", "―", "—", "–", "-", ";", "");

    private TypeCues() {}

    /** Votes for the name in tokens {@code s} to {@code e}, which carried a title when {@code titled}. */
    static Votes votes(Gazetteer gazetteer, List<Token> tokens, int s, int e, boolean titled) {
        return nameVotes(gazetteer, tokens, s, e, titled)
                .plus(contextVotes(tokens, s, e, titled))
                .plus(sayVotes(tokens, s, e));
    }

    /** Evidence inside the name: heads, a title, a given name, the shape of a plain name. */
    private static Votes nameVotes(Gazetteer gazetteer, List<Token> tokens, int s, int e, boolean titled) {
        Votes v = Votes.NONE;
        int words = e - s;
        if (Cues.PLACE_HEADS.contains(tokens.get(e - 1).text()) && words > 1) {
            v = v.plus(EntityType.PLACE, 4);
        }
        boolean plain = words >= 2 && words <= 3 && plainName(gazetteer, tokens, s, e);
        if (plain) {
            v = v.plus(EntityType.PERSON, possessed(tokens, s) || alone(tokens, s, e) ? 2 : 1);
        }
        if (titled) {
            v = v.plus(EntityType.PERSON, 5);
        }
        if (words >= 2 && gazetteer.isGivenName(tokens.get(s).text())) {
            v = v.plus(EntityType.PERSON, 4);
        }
        if (words == 1 && Chunks.isAcronym(tokens.get(s).text())) {
            v = v.plus(EntityType.ORGANIZATION, 1);
        }
        return v;
    }

    /** Evidence around the name: roles, appositions, organisation nouns, place words and prepositions. */
    private static Votes contextVotes(List<Token> tokens, int s, int e, boolean titled) {
        Votes v = Votes.NONE;
        String before = lower(tokens, s - 1);
        String after = lower(tokens, e);
        if (Cues.CLUB_ROLES.contains(after) && !titled) {
            v = v.plus(EntityType.ORGANIZATION, 3);
        }
        if (Cues.ORG_NOUNS.contains(before)) {
            v = v.plus(EntityType.ORGANIZATION, 3);
        }
        if (Cues.ROLES.contains(before) || ",".equals(before) && Cues.ROLES.contains(lower(tokens, s - 2))) {
            v = v.plus(EntityType.PERSON, 4);
        }
        if (apposition(tokens, e)) {
            v = v.plus(EntityType.PERSON, 4);
        }
        if ("who".equals(after) || ",".equals(after) && "who".equals(lower(tokens, e + 1))) {
            v = v.plus(EntityType.PERSON, 3);
        }
        if (Cues.PLACE_AFTER.contains(after) && tokens.get(e).text().equals(after)) {
            v = v.plus(EntityType.PLACE, 4);
        }
        if (Cues.PLACE_BEFORE.contains(before) && e - s <= 3 && !"PART".equals(tag(tokens, e))) {
            v = v.plus(EntityType.PLACE, 2);
        }
        if (("reported".equals(after) || "reports".equals(after)) && !titled) {
            v = v.plus(EntityType.ORGANIZATION, 1);
        }
        return v;
    }

    /** Verbs of saying next to the name, and "according to". */
    private static Votes sayVotes(List<Token> tokens, int s, int e) {
        String before = lower(tokens, s - 1);
        String after = lower(tokens, e);
        boolean sayAfter = Cues.SAY.contains(after) || isAdverb(tokens, e) && Cues.SAY.contains(lower(tokens, e + 1));
        boolean sayBefore = Cues.SAY.contains(before) && (e == tokens.size() || isPunct(tokens, e));
        Votes v = Votes.NONE;
        if ((sayAfter || sayBefore) && !Chunks.isAcronym(tokens.get(s).text())) {
            v = v.plus(EntityType.PERSON, e - s >= 2 ? 2 : 1);
        }
        if ("to".equals(before) && "according".equals(lower(tokens, s - 2))) {
            v = v.plus(EntityType.PERSON, 1);
        }
        return v;
    }

    /** Two or three proper nouns with no organisation or place word: most often a person's name. */
    private static boolean plainName(Gazetteer gazetteer, List<Token> tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            String w = tokens.get(i).text();
            if (!tokens.get(i).isProperNoun()
                    || gazetteer.find(w) != null
                    || Chunks.isAcronym(w) && w.indexOf('.') < 0
                    || Cues.ORG_HEADS.contains(w)
                    || Cues.PLACE_HEADS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "CNN's Wolf Blitzer": a name owned by another name. */
    private static boolean possessed(List<Token> tokens, int s) {
        return "PART".equals(tag(tokens, s - 1))
                && s >= 2
                && Chunks.capitalised(tokens.get(s - 2).text());
    }

    /** A name standing alone on its line or as its whole sentence: a signature or a byline. */
    private static boolean alone(List<Token> tokens, int s, int e) {
        return s == 0 && (e == tokens.size() || e == tokens.size() - 1 && isPunct(tokens, e));
    }

    /** ", secretary of ...", ", an official on ...", ", 45,": the name is a person's. */
    private static boolean apposition(List<Token> tokens, int e) {
        if (!",".equals(lower(tokens, e))) {
            return false;
        }
        if ("NUM".equals(tag(tokens, e + 1)) && AGE_END.contains(lower(tokens, e + 2))) {
            return true;
        }
        for (int i = e + 1; i < Math.min(tokens.size(), e + 6); i++) {
            String w = lower(tokens, i);
            if (Cues.ROLES.contains(w)) {
                return true;
            }
            String tag = tag(tokens, i);
            if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag) && !"PROPN".equals(tag)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAdverb(List<Token> tokens, int i) {
        return "ADV".equals(tag(tokens, i));
    }

    private static boolean isPunct(List<Token> tokens, int i) {
        return "PUNCT".equals(tag(tokens, i));
    }

    private static String tag(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).tag() : "";
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
