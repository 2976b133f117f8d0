package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyloom.text.Stems;
import org.storyloom.text.Tokens;

/**
 * A question read for answering: what kind of answer it asks for and the content terms an answer must speak of.
 *
 * @param text the question as asked
 * @param expects the kind of answer it asks for
 * @param terms its folded content terms, distinct, in order (wh-words, stop words and question phrasing dropped)
 * @param names the folded terms it writes as names (capitalised where a capital is not required) or numbers:
 *     the sources must mention each of them for an answer
 * @param focus for "how many X", the folded term X that the number counts; empty otherwise
 */
record Question(String text, Expects expects, List<String> terms, List<String> names, String focus) {

    /** The kind of answer a question asks for. */
    enum Expects {
        /** who, whom, whose: a name. */
        NAME,
        /** when, what year, what time: a date or time expression. */
        DATE,
        /** what number, what percentage: a number. */
        NUMBER,
        /** how much: an amount (money, a share, a quantity with its unit). */
        AMOUNT,
        /** how many X: a number that counts X. */
        COUNT,
        /** how long, how high, how far, how deep: a number with a unit. */
        MEASURE,
        /** how old, what age: an age. */
        AGE,
        /** where: a place name. */
        PLACE,
        /** what is X's name, what was X called: a name. */
        NAMED,
        /** what, which, why, how, or "who is X": anything that speaks of its terms. */
        ANY
    }

    private static final Pattern DATE_ASK = Pattern.compile(
            "^(when\\b|(what|which|in what|on what) (year|date|day|month|time|hour|decade|century)\\b|since when\\b)");
    private static final Pattern NUMBER_ASK = Pattern.compile(
            "^(how (many|much|old|long|far|big|large|tall|high|often)\\b|(what|which) (number|percentage|share|amount"
                    + "|sum|price|age|total)\\b)");
    private static final Pattern COUNT_ASK = Pattern.compile("^how many ([a-z]+)");
    private static final Pattern MEASURE_ASK =
            Pattern.compile("^how (long|high|far|deep|tall|big|large|wide|heavy|fast|strong|powerful)\\b");
    private static final Pattern NAMED_ASK = Pattern.compile("\\b(name|named|called|nickname|nicknamed|title)\\b");
    private static final Pattern IDENTITY_ASK =
            Pattern.compile("^(?i:who (is|was|are|were)) [A-Z][^ ]*( [A-Z][^ ]*)*\\??$");

    Question {
        terms = List.copyOf(terms);
        names = List.copyOf(names);
    }

    /** Reads a question. */
    static Question of(String question) {
        String text = question.strip();
        List<String> terms = AnswerTerms.ofQuestion(text);
        List<String> names = new ArrayList<>();
        for (Tokens.Token token : Tokens.of(text)) {
            boolean number = Character.isDigit(token.word().codePointAt(0));
            if (number || token.looksLikeName()) {
                String folded = AnswerTerms.fold(Stems.stem(token.lower()));
                if (terms.contains(folded) && !names.contains(folded)) {
                    names.add(folded);
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher count = COUNT_ASK.matcher(lower);
        String focus = count.find() ? AnswerTerms.fold(Stems.stem(count.group(1))) : "";
        return new Question(text, expects(text), terms, names, focus);
    }

    private static Expects expects(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("^[^a-z]+", "");
        if (lower.startsWith("how old") || lower.startsWith("what age") || lower.startsWith("at what age")) {
            return Expects.AGE;
        }
        if (lower.startsWith("how much")) {
            return Expects.AMOUNT;
        }
        if (COUNT_ASK.matcher(lower).find()) {
            return Expects.COUNT;
        }
        if (MEASURE_ASK.matcher(lower).find()) {
            return Expects.MEASURE;
        }
        if (DATE_ASK.matcher(lower).find()) {
            return Expects.DATE;
        }
        if (NUMBER_ASK.matcher(lower).find()) {
            return Expects.NUMBER;
        }
        if (lower.startsWith("where")) {
            return Expects.PLACE;
        }
        if ((lower.startsWith("what") || lower.startsWith("which"))
                && NAMED_ASK.matcher(lower).find()) {
            return Expects.NAMED;
        }
        if (lower.startsWith("who") || lower.startsWith("whom") || lower.startsWith("whose")) {
            return IDENTITY_ASK.matcher(text.strip()).matches() ? Expects.ANY : Expects.NAME;
        }
        return Expects.ANY;
    }
}
