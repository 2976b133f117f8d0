package org.storyloom.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the many date forms feeds use: RFC 822 and its variants (with or without day names, named zones, two-digit
 * years), asctime-like forms, and ISO 8601 / W3C date-times (with or without seconds or zone). A missing zone means
 * UTC.
 */
final class FeedDates {

    private static final String ZONE = "(Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)";
    private static final Pattern RFC822 =
            Pattern.compile("^(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/]+"
                    + "([A-Za-z]{3,})\\.?,?[\\s\\-/]+(\\d{2,4})(?:[\\sT,]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(AM|PM|am|pm)?)?(?:\\s*\\(?" + ZONE + "\\)?)?\\s*$");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2}),?"
            + "(?:\\s+(\\d{4}),?)?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(AM|PM|am|pm)?)?(?:\\s+" + ZONE
            + ")?(?:\\s+(\\d{4}))?\\s*$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?(?:(?:T|\\s+)(\\d{1,2})"
            + "(?::?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?$");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("Z", 0),
            Map.entry("EST", -5 * 60),
            Map.entry("EDT", -4 * 60),
            Map.entry("CST", -6 * 60),
            Map.entry("CDT", -5 * 60),
            Map.entry("MST", -7 * 60),
            Map.entry("MDT", -6 * 60),
            Map.entry("PST", -8 * 60),
            Map.entry("PDT", -7 * 60),
            Map.entry("AKST", -9 * 60),
            Map.entry("AKDT", -8 * 60),
            Map.entry("HST", -10 * 60),
            Map.entry("AST", -4 * 60),
            Map.entry("ADT", -3 * 60),
            Map.entry("NST", -210),
            Map.entry("NDT", -150),
            Map.entry("BST", 60),
            Map.entry("IST", 330),
            Map.entry("CET", 60),
            Map.entry("CEST", 120),
            Map.entry("MET", 60),
            Map.entry("MEST", 120),
            Map.entry("EET", 120),
            Map.entry("EEST", 180),
            Map.entry("WET", 0),
            Map.entry("WEST", 60),
            Map.entry("JST", 540),
            Map.entry("KST", 540),
            Map.entry("HKT", 480),
            Map.entry("SGT", 480),
            Map.entry("AEST", 600),
            Map.entry("AEDT", 660),
            Map.entry("ACST", 570),
            Map.entry("AWST", 480),
            Map.entry("NZST", 720),
            Map.entry("NZDT", 780),
            Map.entry("MSK", 180));

    private FeedDates() {}

    /** The instant a date string names, or null when it is not a date we can read. */
    static @Nullable Instant parse(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 80) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return fromIso(iso);
            }
            Matcher rfc = RFC822.matcher(text);
            if (rfc.matches()) {
                return build(
                        rfc.group(3),
                        rfc.group(2),
                        rfc.group(1),
                        rfc.group(4),
                        rfc.group(5),
                        rfc.group(6),
                        rfc.group(7),
                        rfc.group(8));
            }
            Matcher first = MONTH_FIRST.matcher(text);
            if (first.matches()) {
                String year = first.group(3) != null ? first.group(3) : first.group(9);
                return build(
                        year,
                        first.group(1),
                        first.group(2),
                        first.group(4),
                        first.group(5),
                        first.group(6),
                        first.group(7),
                        first.group(8));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant fromIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        LocalDateTime local = LocalDateTime.of(year, month, day, num(m.group(4)), num(m.group(5)), num(m.group(6)));
        return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes(m.group(7)) * 60));
    }

    private static @Nullable Instant build(
            @Nullable String yearText,
            String monthText,
            String dayText,
            @Nullable String hour,
            @Nullable String minute,
            @Nullable String second,
            @Nullable String ampm,
            @Nullable String zone) {
        int month = month(monthText);
        if (month == 0 || yearText == null) {
            return null;
        }
        int year = Integer.parseInt(yearText);
        if (yearText.length() <= 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (yearText.length() == 3) {
            year += 1900;
        }
        int h = num(hour);
        if (ampm != null) {
            h = h % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(dayText), h, num(minute), num(second));
        return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes(zone) * 60));
    }

    private static int num(@Nullable String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int month(String name) {
        String key = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
        return index < 0 || index % 3 != 0 ? 0 : index / 3 + 1;
    }

    /** Minutes east of UTC for a zone written as Z, +hh:mm, +hhmm, +hh, a name, or a name with an offset. */
    static int offsetMinutes(@Nullable String zone) {
        if (zone == null || zone.isEmpty()) {
            return 0;
        }
        int sign = Math.max(zone.indexOf('+'), zone.indexOf('-'));
        if (sign > 0) {
            return offsetMinutes(zone.substring(0, sign)) + offsetMinutes(zone.substring(sign));
        }
        if (sign == 0) {
            String digits = zone.substring(1).replace(":", "");
            int hours;
            int minutes = 0;
            if (digits.length() <= 2) {
                hours = Integer.parseInt(digits);
            } else {
                hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
                minutes = Integer.parseInt(digits.substring(digits.length() - 2));
            }
            int total = hours * 60 + minutes;
            if (total > 18 * 60) {
                throw new DateTimeException("feed: offset out of range");
            }
            return zone.charAt(0) == '-' ? -total : total;
        }
        Integer named = ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        return military(zone);
    }

    private static int military(String zone) {
        if (zone.length() != 1) {
            return 0;
        }
        char c = Character.toUpperCase(zone.charAt(0));
        if (c >= 'A' && c <= 'I') {
            return -(c - 'A' + 1) * 60;
        }
        if (c >= 'K' && c <= 'M') {
            return -(c - 'A') * 60;
        }
        if (c >= 'N' && c <= 'Y') {
            return (c - 'N' + 1) * 60;
        }
        return 0;
    }
}
