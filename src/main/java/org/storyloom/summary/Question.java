package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
record Question(String text, Expects expects, List<String> terms, List<String> names) {

    /** The kind of answer a question asks for. */
    enum Expects {
        /** who, whom, whose: a name. */
        NAME,
        /** when, what year, what time: a date or time expression. */
        DATE,
        /** how many, how much, how old: a number. */
        NUMBER,
        /** where: a place name. */
        PLACE,
        /** what, which, why, how, or "who is X": anything that speaks of its terms. */
        ANY
    }

    private static final Pattern DATE_ASK = Pattern.compile(
            "^(when\\b|(what|which|in what|on what) (year|date|day|month|time|hour|decade|century)\\b|since when\\b)");
    private static final Pattern NUMBER_ASK = Pattern.compile(
            "^(how (many|much|old|long|far|big|large|tall|high|often)\\b|(what|which) (number|percentage|share|amount"
                    + "|sum|price|age|total)\\b)");
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
        return new Question(text, expects(text), terms, names);
    }

    private static Expects expects(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("^[^a-z]+", "");
        if (DATE_ASK.matcher(lower).find()) {
            return Expects.DATE;
        }
        if (NUMBER_ASK.matcher(lower).find()) {
            return Expects.NUMBER;
        }
        if (lower.startsWith("where")) {
            return Expects.PLACE;
        }
        if (lower.startsWith("who") || lower.startsWith("whom") || lower.startsWith("whose")) {
            return IDENTITY_ASK.matcher(text.strip()).matches() ? Expects.ANY : Expects.NAME;
        }
        return Expects.ANY;
    }
}
