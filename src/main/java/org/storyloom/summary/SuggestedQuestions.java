package org.storyloom.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/**
 * Questions a story can answer, to offer readers: who its main people are, what they said, when and where its
 * main thing happened, and how many of something when its sources give different numbers for it (numbers in
 * dispute). Candidates are made from the story's names, words and numbers; only those {@link QuestionAnswerer}
 * answers are kept, so every suggestion has an answer.
 */
public final class SuggestedQuestions {

    /** What a suggestion asks about. */
    public enum Kind {
        WHO,
        WHAT,
        WHEN,
        WHERE,
        NUMBERS_IN_DISPUTE
    }

    /**
     * One suggestion.
     *
     * @param question the question as a reader would ask it
     * @param kind what it asks about
     */
    public record Suggestion(String question, Kind kind) {}

    private static final Pattern COUNTED = Pattern.compile(
            "(?<![\\p{L}\\d.,$€£])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+([a-z]{3,})(\\s+(?:were|was|have|had|are|is)\\s+[a-z]+ed"
                    + "|\\s+[a-z]+ed)?\\b");
    /** Nouns of things that happen, for "when" and "where" questions about a story's main event. */
    private static final Set<String> EVENTS = Set.of(
            "earthquake",
            "quake",
            "attack",
            "attacks",
            "bombing",
            "explosion",
            "blast",
            "crash",
            "accident",
            "collision",
            "shooting",
            "stabbing",
            "murder",
            "killing",
            "arrest",
            "raid",
            "fire",
            "blaze",
            "flood",
            "flooding",
            "storm",
            "hurricane",
            "tornado",
            "eruption",
            "landslide",
            "election",
            "vote",
            "referendum",
            "strike",
            "protest",
            "protests",
            "riot",
            "riots",
            "clashes",
            "invasion",
            "ceremony",
            "unveiling",
            "launch",
            "announcement",
            "acquisition",
            "merger",
            "deal",
            "sale",
            "trial",
            "verdict",
            "hearing",
            "summit",
            "meeting",
            "match",
            "game",
            "race",
            "concert",
            "festival",
            "wedding",
            "funeral",
            "outbreak",
            "derailment",
            "collapse",
            "escape",
            "kidnapping",
            "robbery",
            "theft",
            "ban",
            "resignation");

    private static final Set<String> NOT_COUNTED = Set.of(
            "yards",
            "pounds",
            "inches",
            "degrees",
            "points",
            "cents",
            "dollars",
            "euros",
            "years",
            "year",
            "days",
            "months",
            "weeks",
            "hours",
            "minutes",
            "seconds",
            "percent",
            "feet",
            "metres",
            "meters",
            "miles",
            "kilometres",
            "kilometers",
            "million",
            "billion",
            "thousand",
            "times",
            "p",
            "a");

    /** A word in capitals (CEO, AMD, DNA): a title, a company or a thing, never part of a person's name. */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");

    /** Verbs that report speech, after the speaker. */
    private static final String SPEECH = "(?:said|says|told|tells|added|explained|stated|announced|wrote|warned"
            + "|insisted|argued|asked|replied|tweeted|posted|noted|recalled|confirmed|denied)";

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "across", "outside");

    private final QuestionAnswerer answerer;

    public SuggestedQuestions(QuestionAnswerer answerer) {
        this.answerer = answerer;
    }

    /** Up to {@code max} questions the story answers, numbers in dispute first, then who, what, when, where. */
    public List<Suggestion> suggest(AnswerIndex index, int max) {
        return suggest(index, max, Set.of());
    }

    /**
     * As {@link #suggest(AnswerIndex, int)}, where {@code quoted} names the speakers quotes were found for (by an
     * enrichment stage): besides those the text shows speaking ("X said", "according to X"), the people asked about.
     * Asking only about people who speak keeps teams, products and places that look like names out.
     */
    public List<Suggestion> suggest(AnswerIndex index, int max, Set<String> quoted) {
        List<Suggestion> candidates = new ArrayList<>(disputes(index));
        Set<String> surnames = new HashSet<>();
        List<String> people = people(index).stream()
                .filter(person -> !ACRONYM.matcher(person).find())
                .filter(person -> surnames.add(person.substring(person.lastIndexOf(' ') + 1)))
                .filter(person -> isQuoted(person, quoted) || speaks(person, index))
                .limit(2)
                .toList();
        for (String person : people) {
            candidates.add(new Suggestion("Who is " + person + "?", Kind.WHO));
            candidates.add(new Suggestion("What did " + person + " say?", Kind.WHAT));
        }
        String topic = topic(index);
        if (!topic.isEmpty()) {
            candidates.add(new Suggestion("When did the " + topic + " happen?", Kind.WHEN));
            candidates.add(new Suggestion("Where did the " + topic + " happen?", Kind.WHERE));
        }
        List<Suggestion> out = new ArrayList<>();
        Set<Kind> disputed = new HashSet<>();
        for (Suggestion candidate : candidates) {
            if (out.size() == max) {
                break;
            }
            boolean second = candidate.kind() == Kind.NUMBERS_IN_DISPUTE && !disputed.add(candidate.kind());
            if (!second && answerer.answer(index, candidate.question()) instanceof Answer.Answered) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** Full names of people, most articles first (then most mentions). */
    static List<String> people(AnswerIndex index) {
        Map<String, Set<Integer>> articles = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            StorySentence s = index.sentence(i);
            for (List<String> run : AnswerNames.personRuns(s.text())) {
                String name = String.join(" ", run);
                articles.computeIfAbsent(name, n -> new HashSet<>()).add(s.article());
                mentions.merge(name, 1, Integer::sum);
            }
        }
        Set<String> alone = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < index.size(); i++) {
            surnames(index.sentence(i).text(), alone, placed);
        }
        return articles.keySet().stream()
                .filter(name -> mentions.getOrDefault(name, 0) > 1)
                .filter(name -> {
                    String last = name.substring(name.lastIndexOf(' ') + 1);
                    return alone.contains(last) && !placed.contains(last);
                })
                .sorted((a, b) -> articles.getOrDefault(b, Set.of()).size()
                                != articles.getOrDefault(a, Set.of()).size()
                        ? articles.getOrDefault(b, Set.of()).size()
                                - articles.getOrDefault(a, Set.of()).size()
                        : mentions.getOrDefault(b, 0) - mentions.getOrDefault(a, 0))
                .toList();
    }

    /** Whether the story shows the person speaking: "X said", "X, the mayor, told", "said X", "according to X". */
    static boolean speaks(String person, AnswerIndex index) {
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        String names = "(?:" + Pattern.quote(person) + "|" + Pattern.quote(surname) + ")";
        Pattern speaking = Pattern.compile("\\b" + names + "(?:\\s*,[^,.]{1,80},)?\\s+" + SPEECH + "\\b|\\b(?:said|says"
                + "|according to)\\s+" + names + "\\b");
        for (int i = 0; i < index.size(); i++) {
            String text = index.sentence(i).text();
            if (text.contains(surname) && speaking.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoted(String person, Set<String> quoted) {
        String lower = person.toLowerCase(Locale.ROOT);
        String surname = lower.substring(lower.lastIndexOf(' ') + 1);
        for (String speaker : quoted) {
            String s = speaker.toLowerCase(Locale.ROOT);
            if (s.equals(surname) || s.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects capitalised words written alone (not after another capitalised word), as a surname is once its
     * person has been introduced, and those written after "in", "at", "from" and the like, as a place is.
     */
    private static void surnames(String text, Set<String> alone, Set<String> placed) {
        if (AnswerNames.titleCase(text)) {
            return;
        }
        Matcher m = WORD.matcher(text);
        String previous = "";
        while (m.find()) {
            String word = m.group();
            if (Character.isUpperCase(word.codePointAt(0))
                    && !Character.isUpperCase(previous.isEmpty() ? 'a' : previous.charAt(0))) {
                alone.add(word);
            }
            if (Character.isUpperCase(word.codePointAt(0)) && LOCATIVE.contains(previous)) {
                placed.add(word);
            }
            previous = word;
        }
    }

    /** The word for an event that the most articles use (then the most sentences): what happened; or empty. */
    static String topic(AnswerIndex index) {
        Map<String, Set<Integer>> articles = new HashMap<>();
        Map<String, Integer> sentences = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            StorySentence s = index.sentence(i);
            Set<String> seen = new HashSet<>();
            for (Tokens.Token token : Tokens.of(s.text())) {
                String word = token.word();
                if (EVENTS.contains(word) && seen.add(word)) {
                    articles.computeIfAbsent(word, w -> new HashSet<>()).add(s.article());
                    sentences.merge(word, 1, Integer::sum);
                }
            }
        }
        String best = "";
        for (String word : articles.keySet()) {
            if (best.isEmpty() || compare(word, best, articles, sentences) > 0) {
                best = word;
            }
        }
        return best;
    }

    private static int compare(String a, String b, Map<String, Set<Integer>> articles, Map<String, Integer> sentences) {
        int byArticles = Integer.compare(
                articles.getOrDefault(a, Set.of()).size(),
                articles.getOrDefault(b, Set.of()).size());
        int bySentences = Integer.compare(sentences.getOrDefault(a, 0), sentences.getOrDefault(b, 0));
        return byArticles != 0 ? byArticles : bySentences != 0 ? bySentences : b.compareTo(a);
    }

    /** "How many X ...?" for each thing X that different articles count differently. */
    static List<Suggestion> disputes(AnswerIndex index) {
        Map<String, Map<String, Set<Integer>>> values = new LinkedHashMap<>();
        Map<String, String> phrasing = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            StorySentence s = index.sentence(i);
            Matcher m = COUNTED.matcher(s.text());
            while (m.find()) {
                String noun = m.group(2);
                if (NOT_COUNTED.contains(noun) || StopWords.contains(noun) && !noun.equals("people")) {
                    continue;
                }
                String number = m.group(1).replace(",", "");
                values.computeIfAbsent(noun, n -> new LinkedHashMap<>())
                        .computeIfAbsent(number, n -> new HashSet<>())
                        .add(s.article());
                if (m.group(3) != null) {
                    phrasing.putIfAbsent(noun, noun + m.group(3).replaceAll("\\s+", " "));
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        values.forEach((noun, numbers) -> {
            Set<Integer> articles = new HashSet<>();
            numbers.values().forEach(articles::addAll);
            if (numbers.size() > 1 && articles.size() > 1) {
                String asked = phrasing.getOrDefault(noun, noun).toLowerCase(Locale.ROOT);
                out.add(new Suggestion("How many " + asked + "?", Kind.NUMBERS_IN_DISPUTE));
            }
        });
        return out;
    }
}
