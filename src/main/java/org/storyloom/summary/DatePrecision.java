package org.storyloom.summary;

/** How precisely a date mention names its time, finest first. */
public enum DatePrecision {
    /** One calendar day ("March 3, 2015", "yesterday", "on Thursday"). */
    DAY,
    /** About a week ("last week", "two weeks ago", "this weekend"): the date is a day inside it. */
    WEEK,
    /** A calendar month ("in April", "last month"): the date is its first day. */
    MONTH,
    /** A calendar year ("in 2012", "last year"): the date is its first day. */
    YEAR
}
