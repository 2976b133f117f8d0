package org.storyloom.extract;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A date written on the page: a short element named like a date or byline, or a {@code <time>} without attribute. */
final class VisibleDates {

    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|time|publish|posted|updated|dateline|byline|post-?meta|entry-?meta|article-?meta|meta-?info",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ELEMENTS = 5000;

    private VisibleDates() {}

    static @Nullable OffsetDateTime find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > MAX_ELEMENTS) {
                return null;
            }
            if (!e.nameIs("time") && !DATE_CLASS.matcher(Hints.names(e)).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() > 120 || text.length() < 6) {
                continue;
            }
            OffsetDateTime t = Dates.parse(text);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
