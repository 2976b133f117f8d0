package org.storyloom.summary;

import java.time.LocalDate;

/**
 * A date expression found in a sentence, resolved to the calendar.
 *
 * @param date the day it names; for a week, a day inside it; for a month or a year, its first day
 * @param precision how precisely the expression names its time
 * @param start where the expression starts in the sentence (a leading preposition is left out)
 * @param end where it ends, exclusive
 * @param text the expression as written
 */
public record DateMention(LocalDate date, DatePrecision precision, int start, int end, String text) {

    /** The date as precise as it is known: {@code 2015-03-03}, {@code 2015-03} or {@code 2015}. */
    public String label() {
        return switch (precision) {
            case DAY, WEEK -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
