package org.storyloom.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses the date forms pages use; a time without zone is taken as UTC, a bare date as UTC midnight. */
final class Dates {

    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\d{4,6})?$");
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern US_NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|$|\\D)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {}

    static @Nullable OffsetDateTime parse(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.length() < 6 || s.length() > 200) {
            return null;
        }
        try {
            return parseStrict(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable OffsetDateTime parseStrict(String s) {
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return iso(m);
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (RuntimeException e) {
            // not RFC 1123; try the written forms below
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = US_NUMERIC.matcher(s);
        if (m.find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        m = DOTTED_DAY_FIRST.matcher(s);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_FIRST.matcher(s);
        if (m.find() && month(m.group(1)) > 0) {
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = DAY_FIRST.matcher(s);
        if (m.find() && month(m.group(2)) > 0) {
            return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        return null;
    }

    private static @Nullable OffsetDateTime iso(Matcher m) {
        LocalDate day =
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return plausible(day.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        LocalDateTime time = day.atTime(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return plausible(time.atOffset(offset(m.group(7))));
    }

    private static ZoneOffset offset(@Nullable String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(":", "");
        if (z.length() == 3) {
            z = z + "00";
        }
        return ZoneOffset.ofHoursMinutes(
                Integer.parseInt(z.substring(0, 3)), Integer.parseInt(z.charAt(0) + z.substring(3, 5)));
    }

    private static @Nullable OffsetDateTime date(String year, String month, String day) {
        return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                .atStartOfDay()
                .atOffset(ZoneOffset.UTC));
    }

    private static @Nullable OffsetDateTime plausible(OffsetDateTime t) {
        int year = t.getYear();
        return year >= 1990 && year <= 2100 ? t : null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer exact = MONTHS.get(key.length() > 3 && !key.equals("sept") ? key.substring(0, 3) : key);
        return exact == null ? -1 : exact;
    }

    /** A date written in the URL path, such as /2024/05/17/ or /20240517/. */
    static @Nullable OffsetDateTime fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return date(m.group(1), m.group(2), m.group(3));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
