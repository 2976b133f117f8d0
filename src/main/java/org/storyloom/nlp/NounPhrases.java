package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tag-worthy phrases of a tagged sentence: runs of proper nouns ("Kim Jong Un", "Kursk") and short common-noun
 * compounds with at most one descriptive adjective ("drone attack", "nuclear weapons"). Untagged tokens (languages
 * without a tagger) count as proper nouns when capitalised and not the sentence's first word.
 */
final class NounPhrases {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A phrase as written, its tag key, its words (lower case, plural folded) and whether it is a name. */
    record Phrase(String text, String key, List<String> words, boolean proper) {}

    private static final int MAX_NOUNS = 2;
    private static final int MIN_LETTERS = 3;
    private static final Set<String> GENERIC = Set.of(
            "people",
            "person",
            "man",
            "woman",
            "men",
            "women",
            "thing",
            "way",
            "part",
            "lot",
            "number",
            "time",
            "year",
            "month",
            "week",
            "day",
            "today",
            "night",
            "morning",
            "evening",
            "hour",
            "minute",
            "moment",
            "report",
            "reports",
            "statement",
            "news",
            "story",
            "article",
            "percent",
            "official",
            "source",
            "image",
            "photo",
            "video",
            "picture",
            "caption",
            "comment",
            "comments",
            "update",
            "point",
            "case",
            "fact",
            "place",
            "area",
            "side",
            "end",
            "kind",
            "sort",
            "group",
            "member",
            "use",
            "issue",
            "matter",
            "question",
            "reason",
            "result",
            "change",
            "level",
            "line",
            "term",
            "show",
            "home",
            "world",
            "life",
            "information",
            "details",
            "detail",
            "account",
            "email",
            "newsletter",
            "subscription",
            "website",
            "page",
            "click",
            "link",
            "site",
            "reporter",
            "editor",
            "rights",
            "copyright",
            "everyone",
            "anyone");
    private static final Set<String> VAGUE_ADJECTIVES = Set.of(
            "new",
            "old",
            "other",
            "last",
            "first",
            "next",
            "many",
            "several",
            "more",
            "most",
            "such",
            "same",
            "own",
            "few",
            "recent",
            "former",
            "big",
            "small",
            "good",
            "bad",
            "great",
            "major",
            "key",
            "late",
            "early",
            "high",
            "low",
            "long",
            "short",
            "little",
            "large",
            "previous",
            "current",
            "further",
            "local");

    List<Phrase> find(List<Token> tokens) {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (proper(tokens, i)) {
                int end = i;
                while (end < tokens.size() && proper(tokens, end)) {
                    end++;
                }
                if (!demonymFollows(tokens, end)) {
                    addProper(out, tokens.subList(i, end));
                }
                i = end;
            } else if (isNoun(tokens.get(i))) {
                int end = i;
                while (end < tokens.size() && isNoun(tokens.get(end))) {
                    end++;
                }
                addCommon(out, tokens, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean proper(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if ("PROPN".equals(t.tag())) {
            return Character.isLetterOrDigit(t.text().charAt(0));
        }
        return "X".equals(t.tag()) && i > 0 && Character.isUpperCase(t.text().charAt(0));
    }

    /** "North" in "North Korean soldiers" is part of an adjective, not a name of its own. */
    private static boolean demonymFollows(List<Token> tokens, int end) {
        return end < tokens.size()
                && "ADJ".equals(tokens.get(end).tag())
                && Character.isUpperCase(tokens.get(end).text().charAt(0));
    }

    private static boolean isNoun(Token t) {
        return "NOUN".equals(t.tag()) && t.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }

    private static void addProper(List<Phrase> out, List<Token> run) {
        StringBuilder text = new StringBuilder();
        for (Token t : run) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(t.text());
        }
        String name = text.toString();
        String key = TagNames.key(name);
        if (key.length() >= 2 && !name.equals(name.toLowerCase(Locale.ROOT))) {
            out.add(new Phrase(name, key, keyWords(name), true));
        }
    }

    private static void addCommon(List<Phrase> out, List<Token> tokens, int start, int end) {
        int from = Math.max(start, end - MAX_NOUNS);
        List<String> words = new ArrayList<>();
        if (from == start && start > 0 && describing(tokens.get(start - 1))) {
            words.add(tokens.get(start - 1).text());
        }
        for (int k = from; k < end; k++) {
            words.add(tokens.get(k).text());
        }
        String text = String.join(" ", words).toLowerCase(Locale.ROOT);
        List<String> folded = keyWords(text);
        out.add(new Phrase(text, String.join("", folded), folded, false));
    }

    private static boolean describing(Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        return "ADJ".equals(t.tag())
                && !VAGUE_ADJECTIVES.contains(word)
                && word.chars().allMatch(Character::isLetter);
    }

    /** A common phrase is a tag when it is specific: not one vague word, not too short. */
    static boolean worthATag(Phrase p) {
        if (p.words().size() == 1) {
            String w = p.words().get(0);
            return w.length() >= MIN_LETTERS && !GENERIC.contains(w) && !GENERIC.contains(w + "s");
        }
        return p.words().stream().noneMatch(GENERIC::contains);
    }

    /** Lower-case words with a plural folded, so "troops" and "troop" are one word. */
    static List<String> keyWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !"s".equals(w)) {
                out.add(singular(w));
            }
        }
        return out;
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
