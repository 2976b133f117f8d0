package org.storyloom.summary;

import java.time.LocalDate;

/**
 * One dated event of a story's timeline.
 *
 * @param date the day it happened; for a week, a day inside it; for a month or a year, its first day
 * @param precision how precisely the sources date it
 * @param event the sentence that reports it, citing every article that reports it
 */
public record TimelineEvent(LocalDate date, DatePrecision precision, CitedSentence event) {}
