package org.storyloom.summary.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyloom.summary.CitedSentence;

/**
 * Reads a model's reply against the evidence its prompt numbered: keeps each sentence that cites evidence by
 * number, with the markers taken out and the cited evidence's articles as its sources. Drops a sentence that cites
 * nothing, cites a number the prompt did not hold, or states a number none of its cited evidence states.
 */
final class CitedReply {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern CITED = Pattern.compile("\\d+(?:\\s*[-–]\\s*\\d+)?");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?])");

    private CitedReply() {}

    /** The kept sentences, in reply order; empty when none cites the evidence properly. */
    static List<CitedSentence> parse(String reply, List<CitedSentence> evidence) {
        List<CitedSentence> kept = new ArrayList<>();
        for (String sentence : ReplySentences.split(reply)) {
            List<Integer> cited = citations(sentence, evidence.size());
            if (cited.isEmpty()) {
                continue;
            }
            String text = SPACE_BEFORE_PUNCTUATION
                    .matcher(ReplySentences.MARKERS.matcher(sentence).replaceAll(""))
                    .replaceAll("$1")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (text.codePoints().noneMatch(Character::isLetter) || !numbersSupported(text, cited, evidence)) {
                continue;
            }
            CitedSentence first = evidence.get(cited.get(0) - 1);
            Set<String> sources = new LinkedHashSet<>();
            for (int number : cited) {
                CitedSentence source = evidence.get(number - 1);
                sources.add(source.articleId());
                sources.addAll(source.sources());
            }
            kept.add(new CitedSentence(text, first.articleId(), first.sentence(), List.copyOf(sources)));
        }
        return List.copyOf(kept);
    }

    /** The evidence numbers {@code sentence} cites, in order; empty when none, or when one is out of range. */
    static List<Integer> citations(String sentence, int evidenceCount) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher markers = ReplySentences.MARKERS.matcher(sentence);
        while (markers.find()) {
            Matcher cited = CITED.matcher(markers.group());
            while (cited.find()) {
                String[] ends = cited.group().split("\\s*[-–]\\s*");
                long from = parse(ends[0]);
                long to = ends.length > 1 ? parse(ends[1]) : from;
                if (from < 1 || to < from || to > evidenceCount) {
                    return List.of();
                }
                for (long number = from; number <= to; number++) {
                    numbers.add((int) number);
                }
            }
        }
        return List.copyOf(numbers);
    }

    /** Every number in {@code text} appears in one of the cited evidence sentences (digits compared). */
    private static boolean numbersSupported(String text, List<Integer> cited, List<CitedSentence> evidence) {
        Set<String> stated = numbers(text);
        if (stated.isEmpty()) {
            return true;
        }
        Set<String> supported = new LinkedHashSet<>();
        for (int number : cited) {
            supported.addAll(numbers(evidence.get(number - 1).text()));
        }
        return supported.containsAll(stated);
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            found.add(number.group().replace(",", ""));
        }
        return found;
    }

    private static long parse(String digits) {
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
