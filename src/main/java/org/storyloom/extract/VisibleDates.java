package org.storyloom.extract;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A date written on the page: a short element named like a date or byline, or a {@code <time>} without attribute. */
final class VisibleDates {

    private static final String[] DATE_CLASS = {
        "date",
        "time",
        "publish",
        "posted",
        "updated",
        "byline",
        "postmeta",
        "post-meta",
        "entrymeta",
        "entry-meta",
        "articlemeta",
        "article-meta",
        "metainfo",
        "meta-info"
    };
    private static final int MAX_ELEMENTS = 5000;
    private static final int NEAR_ELEMENTS = 40;
    private static final Pattern UPDATE =
            Pattern.compile("updated|modified|edited|revised|aktualisiert|mis à jour", Pattern.CASE_INSENSITIVE);

    private VisibleDates() {}

    /**
     * A short line that is a date, written next to the headline: in the block around the first {@code <h1>}
     * or among the elements that follow it. A line marked as an update only counts when nothing else does.
     */
    static @Nullable OffsetDateTime byHeadline(Document doc) {
        Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        if (h1 == null) {
            return null;
        }
        Element scope = h1;
        for (int up = 0; up < 3 && scope.parent() != null && !scope.parent().nameIs("body"); up++) {
            scope = scope.parent();
        }
        OffsetDateTime updated = null;
        int seen = 0;
        boolean after = false;
        for (Element e : doc.body().getAllElements()) {
            after |= e == h1;
            boolean near = after || isAncestor(scope, e);
            if (!near || e == h1) {
                continue;
            }
            if (after && ++seen > NEAR_ELEMENTS) {
                break;
            }
            String text = e.text();
            if (text.length() < 6 || text.length() > 80 || e.childrenSize() > 6) {
                continue;
            }
            OffsetDateTime t = Dates.parse(text);
            if (t == null) {
                continue;
            }
            if (!UPDATE.matcher(text).find()) {
                return t;
            }
            if (updated == null) {
                updated = t;
            }
        }
        return updated;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

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
            if (!e.nameIs("time") && !NameWords.hasPart(Hints.names(e), DATE_CLASS)) {
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
