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
    private static final Pattern NUMBER =
            Pattern.compile("(?i)(?<![\\p{L}])\\d|\\b(one|two|three|four|five|six|seven|eight|nine"
                    + "|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
                    + "|thousands?|millions?|billions?|dozens?|half|twice|triple|double|percent|quarter|third)\\b");
    private static final Pattern AGE =
            Pattern.compile("(?i)\\b\\d{1,3}\\s*-?\\s*(years?|yrs?|months?|weeks?)\\s*-?\\s*old"
                    + "|\\b(aged?|age of) \\d{1,3}\\b|[A-Z][a-z]+, \\d{1,3},|\\(\\d{1,3}\\)|\\b\\d{1,3}\\s*-\\s*year\\b"
                    + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]+(years?|months?)"
                    + "[ -]+old\\b");
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?"
            + "|billions?|dozens?|half|a few";
    private static final Pattern MEASURE = Pattern.compile("(?i)(\\d|\\b(" + NUMBER_WORDS + "|an?)\\b)[\\d,. ]*[ -]*"
            + "(feet|foot|ft|inch(es)?|yards?|miles?|metres?|meters?|m|km|kilometres?|kilometers?|centimetres?|cm|mph"
            + "|km/h|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
            + "|decades?|percent|%|degrees?|storeys?|stories|floors?|magnitude)\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
                    + "|thousands?|millions?|billions?|dozens?|several|scores");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)[$€£¥]\\s?\\d|(?<![\\p{L}])\\d[\\d,. ]*[ -]*(%|percent"
                    + "|per cent|euros?|dollars?|pounds?|yuan|rupees?|kroner|krona|yen|francs?|rubles?|roubles?|pesos?|cents?"
                    + "|million|billion|trillion|thousand|bn|m\\b|tons?|tonnes?|kg|times|fold)|\\b(double|triple|half|twice)\\b");
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
    static boolean present(Question question, String sentence, AnswerNames names) {
        return switch (question.expects()) {
            case ANY -> true;
            case DATE -> hasOutside(DATE.matcher(sentence), question.text());
            case NUMBER -> hasOutside(NUMBER.matcher(sentence), question.text());
            case AMOUNT ->
                hasOutside(AMOUNT.matcher(sentence), question.text())
                        || MEASURE.matcher(sentence).find();
            case AGE -> AGE.matcher(sentence).find();
            case MEASURE -> MEASURE.matcher(sentence).find();
            case COUNT -> counts(sentence, question.focus());
            case NAME -> hasPerson(sentence, question.terms(), names.people());
            case PLACE, NAMED -> hasName(sentence, question.terms(), names.names());
        };
    }

    /**
     * Whether a sentence could give the kind of answer asked for: a cheap filter before the exact check, which also
     * looks at the question.
     */
    static boolean couldGive(String sentence, Question.Expects expects, AnswerNames names) {
        return switch (expects) {
            case ANY -> true;
            case NUMBER, COUNT, AMOUNT -> NUMBER.matcher(sentence).find();
            case DATE -> DATE.matcher(sentence).find();
            case MEASURE ->
                NUMBER.matcher(sentence).find() && MEASURE.matcher(sentence).find();
            case AGE -> AGE.matcher(sentence).find();
            case NAME -> hasPerson(sentence, List.of(), names.people());
            case PLACE, NAMED -> hasName(sentence, List.of(), names.names());
        };
    }

    /** Whether a number in the sentence counts the focus term: it comes at most four words before it. */
    static boolean counts(String sentence, String focus) {
        List<Tokens.Token> tokens = Tokens.of(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (isNumber(tokens.get(i).lower())) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
                    if (AnswerTerms.fold(Stems.stem(tokens.get(j).lower())).equals(focus)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String lower) {
        return Character.isDigit(lower.charAt(0)) || NUMBER_WORD.matcher(lower).matches();
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

    /** Whether the sentence names a person the question does not. */
    static boolean hasPerson(String sentence, Collection<String> questionTerms, Set<String> people) {
        for (Tokens.Token token : Tokens.of(sentence)) {
            if (token.capitalised() && people.contains(token.lower())) {
                String folded = AnswerTerms.fold(Stems.stem(token.lower()));
                if (!questionTerms.contains(folded)) {
                    return true;
                }
            }
        }
        return false;
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

    /** Whether the text holds a date or time expression. */
    static boolean hasDate(String text) {
        return DATE.matcher(text).find();
    }
}
