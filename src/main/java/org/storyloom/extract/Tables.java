package org.storyloom.extract;

import org.jsoup.nodes.Element;

/** Tells layout tables (pages built from table cells) from data tables. */
final class Tables {

    private Tables() {}

    static boolean isLayout(Element table) {
        if (table.attr("role").equals("presentation")) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return true;
        }
        return table.selectFirst("td > p, td > div, td > h1, td > h2, td > ul, td > blockquote") != null
                && table.selectFirst("th") == null;
    }
}
