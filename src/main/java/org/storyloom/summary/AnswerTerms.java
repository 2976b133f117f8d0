package org.storyloom.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term folding for question answering: the summary stage's terms ({@link StorySentences#terms}) with verb and
 * adverb endings also cut, so that "arrested" meets "arrest" and "announcing" meets "announced". Applied the same
 * way to questions and sentences.
 */
final class AnswerTerms {

    /** Words that shape a question but say nothing about what it asks. */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "whose",
            "happen",
            "happened",
            "happening",
            "occur",
            "occurred",
            "know",
            "known",
            "tell",
            "kind",
            "type",
            "exactly",
            "name",
            "named",
            "long",
            "old",
            "far",
            "percentage",
            "happens",
            "take",
            "took",
            "place",
            "time",
            "date");

    /**
     * Irregular English verb forms and a few measure nouns, mapped to the word their regular forms fold to, and a
     * few groups of plain news synonyms mapped to one member. General language, not tuned to any text.
     */
    private static final Map<String, String> LEMMAS = lemmas(
            "steal stole stolen",
            "buy bought purchase acquire",
            "pay paid",
            "go went gone",
            "strike struck hit",
            "find found",
            "win won",
            "tell told",
            "hold held",
            "fight fought",
            "take took taken",
            "sell sold",
            "leave left",
            "meet met",
            "run ran",
            "begin began begun start",
            "bring brought",
            "catch caught",
            "build built",
            "spend spent",
            "lose lost",
            "shoot shot",
            "give gave given",
            "write wrote written",
            "speak spoke spoken",
            "choose chose chosen",
            "drive drove driven",
            "fall fell fallen",
            "rise rose risen",
            "grow grew grown",
            "throw threw thrown",
            "sit sat",
            "flee fled",
            "feel felt",
            "keep kept",
            "send sent",
            "lead led",
            "die death dead",
            "kill slain",
            "deep depth",
            "high height",
            "long length",
            "wide width",
            "heavy weight",
            "old age",
            "illness disease sick");

    private AnswerTerms() {}

    private static Map<String, String> lemmas(String... groups) {
        Map<String, String> out = new HashMap<>();
        for (String group : groups) {
            String[] words = group.split(" ");
            for (String word : words) {
                out.put(inflection(word), inflection(words[0]));
            }
        }
        return Map.copyOf(out);
    }

    /** Folded content terms of a text, in order, repeats kept. */
    static List<String> of(String text) {
        return fold(StorySentences.terms(text));
    }

    /** The given terms folded, in order. */
    static List<String> fold(List<String> terms) {
        List<String> out = new ArrayList<>(terms.size());
        for (String term : terms) {
            out.add(fold(term));
        }
        return out;
    }

    /** Content terms of a question: its terms without the words every question uses. */
    static List<String> ofQuestion(String question) {
        List<String> out = new ArrayList<>();
        for (String term : StorySentences.terms(question)) {
            if (!QUESTION_WORDS.contains(term)) {
                String folded = fold(term);
                if (!out.contains(folded)) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    /** One term with its common inflection cut, irregular forms and the synonyms above mapped to one word. */
    static String fold(String term) {
        String t = inflection(term);
        return LEMMAS.getOrDefault(t, t);
    }

    /** One term with its common inflection cut: -ing, -ed, -ly, a final -e, a doubled last consonant. */
    private static String inflection(String term) {
        String t = term;
        int n = t.length();
        if (n > 5 && t.endsWith("ing")) {
            t = t.substring(0, n - 3);
        } else if (n > 4 && t.endsWith("ied")) {
            t = t.substring(0, n - 3) + "y";
        } else if (n > 4 && t.endsWith("ed")) {
            t = t.substring(0, n - 2);
        } else if (n > 5 && t.endsWith("ly")) {
            t = t.substring(0, n - 2);
        }
        n = t.length();
        if (n > 4 && t.endsWith("e")) {
            t = t.substring(0, n - 1);
            n--;
        }
        if (n > 4 && t.charAt(n - 1) == t.charAt(n - 2) && isConsonant(t.charAt(n - 1))) {
            t = t.substring(0, n - 1);
        }
        return t;
    }

    private static boolean isConsonant(char c) {
        return c >= 'b' && c <= 'z' && "aeiouls".indexOf(c) < 0;
    }
}
