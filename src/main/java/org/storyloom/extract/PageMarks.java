package org.storyloom.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What markup a page has, learned in one walk over its elements, so the metadata cascade runs a CSS query only
 * where it can find something: the first element of each microdata property, and whether {@code <time>},
 * hNews/h-entry, author markup or a canonical link are present at all.
 */
final class PageMarks {

    private final Map<String, Element> firstByItemprop = new HashMap<>();
    private boolean time;
    private boolean hEntry;
    private boolean authorMarkup;
    private boolean canonical;

    private PageMarks() {}

    static PageMarks of(Document doc) {
        PageMarks marks = new PageMarks();
        for (Element e : doc.getAllElements()) {
            marks.visit(e);
        }
        return marks;
    }

    private void visit(Element e) {
        if (e.nameIs("time")) {
            time = true;
        }
        if (e.attributesSize() == 0) {
            return;
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty()) {
            String lower = itemprop.strip().toLowerCase(Locale.ROOT);
            firstByItemprop.putIfAbsent(lower, e);
            for (String prop : lower.split("\\s+")) {
                firstByItemprop.putIfAbsent(prop, e);
            }
            authorMarkup |= itemprop.contains("author");
        }
        String rel = e.attr("rel");
        if (!rel.isEmpty()) {
            String r = rel.toLowerCase(Locale.ROOT);
            authorMarkup |= r.contains("author");
            canonical |= e.nameIs("link") && r.contains("canonical");
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            hEntry |= cls.contains("hentry") || cls.contains("h-entry");
            authorMarkup |= cls.contains("vcard") || cls.contains("h-card") || cls.contains("author");
        }
    }

    /** The first element whose {@code itemprop} lists {@code name}, in any case. */
    @Nullable
    Element itemprop(String name) {
        return firstByItemprop.get(name.toLowerCase(Locale.ROOT));
    }

    boolean hasTime() {
        return time;
    }

    boolean hasHEntry() {
        return hEntry;
    }

    boolean hasAuthorMarkup() {
        return authorMarkup;
    }

    boolean hasCanonical() {
        return canonical;
    }
}
