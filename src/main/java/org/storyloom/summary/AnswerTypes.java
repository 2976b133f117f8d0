package org.storyloom.summary;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyloom.text.Stems;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/** Whether a sentence holds the kind of answer a question asks for: a name, a date, a number, a place. */
final class AnswerTypes {

    private static final String MONTHS = "jan(uary|\\.)?|feb(ruary|\\.)?|march|april|may|june|july|aug(ust|\\.)?"
            + "|sept?(ember|\\.)?|oct(ober|\\.)?|nov(ember|\\.)?|dec(ember|\\.)?";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(" + MONTHS + ")\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+("
            + MONTHS + ")\\b|\\b(january|february|march|april|june|july|august|september|october|november|december)\\b"
            + "|\\b(" + DAYS
            + ")\\b|\\b(1[5-9]\\d\\d|20\\d\\d)s?\\b|\\b\\d{1,2}(:\\d\\d)?\\s*([ap]\\.?m\\b\\.?|o'clock)"
            + "|\\b(yesterday|today|tonight|tomorrow|noon|midnight|overnight|morning|afternoon|evening|dawn)\\b"
            + "|\\b(last|this|next|earlier this|later this) (week|month|year|spring|summer|fall|autumn|winter|weekend)"
            + "|\\b\\d+ (days?|weeks?|months?|years?|decades?|hours?) (ago|earlier|later)\\b"
            + "|\\b(spring|summer|autumn|winter) of\\b|\\bin the (19|20)\\d0s\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
            + "|thousands?|millions?|billions?|dozens?|half|twice|triple|double|percent|quarter|third)\\b");
    private static final Set<String> NOT_NAMES = Set.of(
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "i");

    private AnswerTypes() {}

    /** Whether the sentence holds an answer of the kind the question expects, other than what the question says. */
    static boolean present(Question question, String sentence, Set<String> nameWords) {
        return switch (question.expects()) {
            case ANY -> true;
            case DATE -> hasOutside(DATE.matcher(sentence), question.text());
            case NUMBER -> hasOutside(NUMBER.matcher(sentence), question.text());
            case NAME, PLACE -> hasName(sentence, question.terms(), nameWords);
        };
    }

    /** True when the matcher finds something the question does not itself contain. */
    private static boolean hasOutside(Matcher matcher, String question) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        while (matcher.find()) {
            String found = matcher.group().toLowerCase(java.util.Locale.ROOT).strip();
            if (!containsWord(lower, found)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b")
                .matcher(text)
                .find();
    }

    /** Whether the sentence names someone or somewhere the question does not. */
    static boolean hasName(String sentence, Collection<String> questionTerms, Set<String> nameWords) {
        for (Tokens.Token token : Tokens.of(sentence)) {
            if (isName(token, nameWords)) {
                String folded = AnswerTerms.fold(Stems.stem(token.lower()));
                if (!questionTerms.contains(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalised word that is not a function word, a month or a day; at a sentence start only a known name. */
    static boolean isName(Tokens.Token token, Set<String> nameWords) {
        if (!token.capitalised() || Character.isDigit(token.word().codePointAt(0))) {
            return false;
        }
        String lower = token.lower();
        if (StopWords.contains(lower) || NOT_NAMES.contains(lower)) {
            return false;
        }
        return !token.sentenceStart() || nameWords.contains(lower);
    }

    /** Words written capitalised where a capital is not required, somewhere in the given sentences. */
    static Set<String> nameWords(List<StorySentence> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (StorySentence sentence : sentences) {
            for (Tokens.Token token : Tokens.of(sentence.text())) {
                if (token.looksLikeName()) {
                    out.add(token.lower());
                }
            }
        }
        return out;
    }

    /** Whether the text holds a date or time expression. */
    static boolean hasDate(String text) {
        return DATE.matcher(text).find();
    }
}
