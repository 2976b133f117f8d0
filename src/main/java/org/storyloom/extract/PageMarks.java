package org.storyloom.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * What markup a page has, learned in one walk over its elements, so the metadata cascade runs a CSS query only
 * where it can find something: the first element of each microdata property, the {@code <meta>} elements, the
 * JSON-LD scripts, the canonical link, and whether {@code <time>}, hNews/h-entry or author markup are present.
 */
final class PageMarks {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Evaluator LD_JSON = Selector.evaluatorOf("script[type~=(?i)application/ld\\+json]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");

    private final Map<String, Element> firstByItemprop = new HashMap<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> ldScripts = new ArrayList<>();
    private @Nullable Element canonicalLink;
    private boolean time;
    private boolean hEntry;
    private boolean authorMarkup;
    private boolean authorQueryTarget;
    private boolean canonical;

    private PageMarks() {}

    /** Walks the page once, in document order (the order a CSS query returns). */
    static PageMarks of(Document doc) {
        PageMarks marks = new PageMarks();
        @Nullable Element e = doc;
        while (e != null) {
            marks.visit(doc, e);
            @Nullable Element next = e.firstElementChild();
            while (next == null && e != null && e != doc) {
                next = e.nextElementSibling();
                if (next == null) {
                    e = e.parent();
                }
            }
            e = next;
        }
        return marks;
    }

    private void visit(Document doc, Element e) {
        if (e.nameIs("time")) {
            time = true;
        } else if (e.nameIs("meta")) {
            metas.add(e);
        } else if (e.nameIs("script") && LD_JSON.matches(doc, e)) {
            ldScripts.add(e);
        } else if (canonicalLink == null && e.nameIs("link") && CANONICAL.matches(doc, e)) {
            canonicalLink = e;
        }
        if (e.attributesSize() == 0) {
            return;
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty()) {
            String lower = itemprop.strip().toLowerCase(Locale.ROOT);
            firstByItemprop.putIfAbsent(lower, e);
            for (String prop : WHITE_SPACE.split(lower)) {
                firstByItemprop.putIfAbsent(prop, e);
            }
            authorMarkup |= itemprop.contains("author");
            authorQueryTarget |= itemprop.contains("author");
        }
        String rel = e.attr("rel");
        if (!rel.isEmpty()) {
            String r = rel.toLowerCase(Locale.ROOT);
            authorMarkup |= r.contains("author");
            authorQueryTarget |= r.contains("author");
            canonical |= e.nameIs("link") && r.contains("canonical");
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            hEntry |= cls.contains("hentry") || cls.contains("h-entry");
            authorMarkup |= cls.contains("vcard") || cls.contains("h-card") || cls.contains("author");
            String lower = cls.toLowerCase(Locale.ROOT);
            authorQueryTarget |= lower.contains("fn") || lower.contains("p-name");
        }
    }

    /** The first element whose {@code itemprop} lists {@code name}, in any case. */
    @Nullable
    Element itemprop(String name) {
        return firstByItemprop.get(name.toLowerCase(Locale.ROOT));
    }

    /** The {@code <meta>} elements in page order. */
    List<Element> metas() {
        return metas;
    }

    /** The {@code <script type="application/ld+json">} elements in page order. */
    List<Element> ldScripts() {
        return ldScripts;
    }

    /** The first {@code <link rel=canonical>}, if any. */
    @Nullable
    Element canonicalLink() {
        return canonicalLink;
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

    /**
     * Whether an element could match the author query of {@link Bylines}: it needs an {@code itemprop} or
     * {@code rel} naming an author, or a class "fn" or "p-name".
     */
    boolean hasAuthorQueryTarget() {
        return authorMarkup && authorQueryTarget;
    }

    boolean hasCanonical() {
        return canonical;
    }
}
