package org.storyloom.cluster;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The latest year an article names (four digits, 1900 to 2099, standing alone), no later than the year it was
 * published when that is known: later years are plans and fixtures, not the time of the event. A text cannot name a
 * year that had not come when it was written, so a group of articles that keeps naming 2013 and a group that never
 * names 2012 or later tell of different times; {@link YearSplit} uses that to part the same kind of event told
 * twice years apart. Only articles with running text are dated: a bare headline names a year for what is
 * planned or counted ("2014 budget", "2013 profit"), and names too little to date the event it reports.
 */
final class EventYear {

    /** No year named. */
    static final int NONE = 0;

    /** Characters of the text searched: the dateline, the lead and most of the body. */
    static final int MAX_CHARS = 6000;

    private EventYear() {}

    /**
     * The latest year {@code title} and {@code text} name, capped by the publication year; {@link #NONE} if none or
     * if there is no text.
     */
    static int latest(String title, String text, Instant published) {
        if (text.isBlank()) {
            return NONE;
        }
        int cap = published.equals(Instant.EPOCH)
                ? Integer.MAX_VALUE
                : published.atZone(ZoneOffset.UTC).getYear();
        return Math.max(scan(title, cap), scan(text, cap));
    }

    private static int scan(String s, int cap) {
        int latest = NONE;
        int n = Math.min(s.length(), MAX_CHARS);
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i - start == 4 && (start == 0 || !Character.isLetter(s.charAt(start - 1)))) {
                int year = year(s, start);
                if (year > latest && year <= cap) {
                    latest = year;
                }
            }
        }
        return latest;
    }

    private static int year(String s, int at) {
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return NONE;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1900 && value <= 2099 ? value : NONE;
    }
}
