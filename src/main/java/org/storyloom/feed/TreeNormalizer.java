package org.storyloom.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jspecify.annotations.Nullable;

/**
 * Readies a feed tree for the format mapper: makes every link absolute (xml:base, then the feed's own URL), rewrites
 * dates in whatever form into ISO 8601 UTC, and labels RSS of an unknown version as 2.0.
 */
final class TreeNormalizer {

    private static final Set<String> DATE_ELEMENTS =
            Set.of("pubDate", "lastBuildDate", "date", "published", "updated", "issued", "modified", "created");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "url", "src", "about", "resource");
    private static final Set<String> URL_ELEMENTS = Set.of("link", "url", "docs", "comments", "icon", "logo");
    private static final String ATOM03 = FormatRepair.ATOM03;
    private static final String ATOM10 = FormatRepair.ATOM10;

    private TreeNormalizer() {}

    static void normalize(Document document, URI location) {
        FormatRepair.repair(document);
        Element root = document.getRootElement();
        walk(root, location, 0);
    }

    private static void walk(Element element, URI inherited, int depth) {
        if (depth > 150) {
            return;
        }
        URI base = inherited;
        Attribute xmlBase = element.getAttribute("base", Namespace.XML_NAMESPACE);
        if (xmlBase != null) {
            URI resolved = resolve(base, xmlBase.getValue());
            base = resolved == null ? base : resolved;
            element.removeAttribute(xmlBase);
        }
        for (Attribute attribute : List.copyOf(element.getAttributes())) {
            if (URL_ATTRIBUTES.contains(attribute.getName()) && isAtomOrPlain(element)) {
                attribute.setValue(absolute(base, attribute.getValue()));
            }
        }
        List<Element> children = new ArrayList<>(element.getChildren());
        if (children.isEmpty()) {
            leaf(element, base);
        }
        for (Element child : children) {
            walk(child, base, depth + 1);
        }
        if (isAtom(element)) {
            AtomText.normalize(element);
        }
    }

    private static void leaf(Element element, URI base) {
        String name = element.getName();
        if (DATE_ELEMENTS.contains(name)) {
            Instant instant = FeedDates.parse(element.getText());
            if (instant != null) {
                element.setText(instant.toString());
            }
        } else if (URL_ELEMENTS.contains(name)
                && !isAtom(element)
                && !element.getTextTrim().isEmpty()) {
            element.setText(absolute(base, element.getTextTrim()));
        } else if (name.equals("id") && isAtom(element)) {
            element.setText(element.getTextTrim());
        }
    }

    private static boolean isAtom(Element element) {
        String uri = element.getNamespaceURI();
        return uri.equals(ATOM10) || uri.equals(ATOM03);
    }

    private static boolean isAtomOrPlain(Element element) {
        return !element.getNamespaceURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    }

    static String absolute(URI base, String reference) {
        URI resolved = resolve(base, reference.strip());
        return resolved == null ? reference.strip() : resolved.toString();
    }

    static @Nullable URI resolve(URI base, String reference) {
        try {
            URI ref = new URI(Urls.escape(reference));
            if (ref.isAbsolute() || base.isOpaque()) {
                return ref;
            }
            if (base.getPath() == null || base.getPath().isEmpty() && base.getAuthority() != null) {
                base = base.resolve("/");
            }
            return base.resolve(ref);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
