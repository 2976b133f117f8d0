package org.storyloom.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/**
 * The names a story uses, read from capitalisation alone (no model): every word written capitalised where a
 * capital is not required, and the words of runs that look like people's names (two or more capitalised words in a
 * row, not after "in", "at", "from" and the like, not ending in a word such as "Street", "University" or
 * "Province" that makes a place or an organisation of the run).
 *
 * @param names lower-cased words the story writes as names
 * @param people lower-cased words of the story's runs that look like people's names
 */
record AnswerNames(Set<String> names, Set<String> people) {

    private static final Pattern RUN =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}'’.-]*)+");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s,]*$");
    private static final Set<String> LOCATIVE = Set.of(
            "in",
            "at",
            "from",
            "near",
            "to",
            "into",
            "across",
            "outside",
            "inside",
            "toward",
            "towards",
            "via",
            "through",
            "throughout",
            "around",
            "southern",
            "northern",
            "eastern",
            "western",
            "central");
    private static final Set<String> NOT_PERSON = Set.of(
            "cave",
            "province",
            "city",
            "county",
            "street",
            "avenue",
            "road",
            "highway",
            "university",
            "college",
            "school",
            "hospital",
            "office",
            "department",
            "mountain",
            "mount",
            "mt",
            "park",
            "river",
            "lake",
            "bridge",
            "canyon",
            "group",
            "inc",
            "corp",
            "co",
            "company",
            "agency",
            "council",
            "gallery",
            "center",
            "centre",
            "museum",
            "ministry",
            "party",
            "court",
            "police",
            "news",
            "times",
            "post",
            "journal",
            "hall",
            "institute",
            "association",
            "federation",
            "committee",
            "house",
            "airport",
            "station",
            "region",
            "state",
            "states",
            "republic",
            "kingdom",
            "island",
            "islands",
            "sea",
            "ocean",
            "valley",
            "village",
            "district",
            "square",
            "church",
            "club",
            "team",
            "games",
            "olympics",
            "cup",
            "league",
            "award",
            "awards",
            "movie",
            "show",
            "survey",
            "bank",
            "fund",
            "foundation",
            "service",
            "services",
            "network",
            "press",
            "union",
            "army",
            "navy",
            "force",
            "forces",
            "organization",
            "organisation",
            "commission",
            "senate",
            "congress",
            "parliament",
            "government",
            "administration",
            "prison",
            "jail",
            "stadium",
            "arena",
            "hotel",
            "restaurant",
            "market",
            "plaza",
            "piazza",
            "tower",
            "building",
            "coast",
            "peninsula",
            "desert",
            "forest",
            "area",
            "zone",
            "detention",
            "sheriff",
            "patrol",
            "reuters",
            "ap",
            "afp",
            "cnn",
            "bbc");

    /** Words that come before a name as a title or a job, not as part of it. */
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "dr",
            "sen",
            "senator",
            "rep",
            "gov",
            "governor",
            "mayor",
            "president",
            "minister",
            "prime",
            "chief",
            "officer",
            "detective",
            "sergeant",
            "sgt",
            "captain",
            "capt",
            "general",
            "gen",
            "judge",
            "justice",
            "professor",
            "prof",
            "pope",
            "king",
            "queen",
            "prince",
            "princess",
            "sir",
            "lord",
            "lady",
            "bishop",
            "father",
            "rev",
            "secretary",
            "chairman",
            "ceo",
            "cfo",
            "coach",
            "former",
            "deputy",
            "spokesman",
            "spokeswoman",
            "director",
            "inspector",
            "commissioner",
            "superintendent",
            "lieutenant");

    /** Reads the names of a story's sentences. */
    static AnswerNames of(List<StorySentence> sentences) {
        Set<String> names = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (StorySentence sentence : sentences) {
            if (titleCase(sentence.text())) {
                continue;
            }
            for (Tokens.Token token : Tokens.of(sentence.text())) {
                if (token.looksLikeName()) {
                    names.add(token.lower());
                }
            }
            addPeople(sentence.text(), people);
        }
        return new AnswerNames(Set.copyOf(names), Set.copyOf(people));
    }

    /** A headline written in title case, where capitals say nothing about names. */
    static boolean titleCase(String text) {
        int words = 0;
        int capitals = 0;
        for (Tokens.Token token : Tokens.of(text)) {
            if (!StopWords.contains(token.lower())
                    && Character.isLetter(token.word().codePointAt(0))) {
                words++;
                capitals += token.capitalised() ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 7;
    }

    private static void addPeople(String text, Set<String> people) {
        for (List<String> run : personRuns(text)) {
            for (String word : run) {
                people.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The runs of a text that look like people's names, each as its words (function words and titles such as
     * "The" dropped); none in a title-case headline.
     */
    static List<List<String>> personRuns(String text) {
        List<List<String>> out = new ArrayList<>();
        if (titleCase(text)) {
            return out;
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, run.start() - 24), run.start()));
            boolean placed = before.find() && LOCATIVE.contains(before.group(1).toLowerCase(Locale.ROOT));
            List<Tokens.Token> words = Tokens.of(run.group());
            int start = 0;
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || NOT_PERSON.contains(words.get(i).lower())) {
                    if (!placed) {
                        addRun(words.subList(start, i), out);
                    }
                    start = i + 1;
                    placed = false;
                }
            }
        }
        return out;
    }

    private static void addRun(List<Tokens.Token> words, List<List<String>> out) {
        List<String> content = new ArrayList<>();
        for (Tokens.Token word : words) {
            boolean title = content.isEmpty() && TITLES.contains(word.lower());
            if (!title
                    && !StopWords.contains(word.lower())
                    && Character.isLetter(word.word().codePointAt(0))) {
                content.add(word.word());
            }
        }
        if (content.size() >= 2 && content.size() <= 4) {
            out.add(List.copyOf(content));
        }
    }
}
