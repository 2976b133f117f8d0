package org.storyloom.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.OpmlFeed;

/**
 * OPML 1.0/2.0 subscription lists. Reading is best-effort and safe (the same hardened, repairing XML path as feeds):
 * nested outlines become categories "A/B", a feed listed twice is kept once. Writing gives OPML 2.0 with one
 * outline per category level.
 */
public final class Opml {

    private static final int MAX_DEPTH = 50;

    /** The subscriptions of an OPML document; empty when it holds none or is not OPML at all. */
    public List<OpmlFeed> read(byte[] opml) {
        String text = XmlRepair.repair(FeedText.decode(opml, null));
        Document document;
        try {
            document = XmlTrees.strict(text);
        } catch (JDOMException | IOException e) {
            document = XmlTrees.lenient(text);
        }
        List<OpmlFeed> feeds = new ArrayList<>();
        if (document != null) {
            collect(document.getRootElement(), new ArrayList<>(), feeds, new LinkedHashSet<>(), 0);
        }
        return feeds;
    }

    private static void collect(Element element, List<String> path, List<OpmlFeed> out, Set<String> seen, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : element.getChildren()) {
            if (!child.getName().equalsIgnoreCase("outline")) {
                collect(child, path, out, seen, depth + 1);
                continue;
            }
            String xmlUrl = Texts.clean(attribute(child, "xmlUrl"));
            String title = Texts.clean(attribute(child, "title"));
            if (title == null) {
                title = Texts.clean(attribute(child, "text"));
            }
            if (xmlUrl != null) {
                if (seen.add(xmlUrl)) {
                    String category = path.isEmpty() ? categoryAttribute(child) : String.join("/", path);
                    out.add(new OpmlFeed(xmlUrl, title, Texts.clean(attribute(child, "htmlUrl")), category));
                }
                collect(child, path, out, seen, depth + 1);
            } else {
                List<String> inner = new ArrayList<>(path);
                inner.add(title == null ? "Untitled" : title.replace('/', '-'));
                collect(child, inner, out, seen, depth + 1);
            }
        }
    }

    private static @Nullable String categoryAttribute(Element outline) {
        String category = Texts.clean(attribute(outline, "category"));
        if (category == null) {
            return null;
        }
        String first = category.split(",")[0].strip();
        return Texts.clean(first.replaceAll("^/+|/+$", ""));
    }

    private static @Nullable String attribute(Element element, String name) {
        for (Attribute a : element.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }

    /** An OPML 2.0 document listing {@code feeds}, grouped by category in first-seen order. */
    public String write(List<OpmlFeed> feeds, String title) {
        Element body = new Element("body");
        Map<String, Element> groups = new LinkedHashMap<>();
        for (OpmlFeed feed : feeds) {
            Element parent = feed.category() == null ? body : group(body, groups, feed.category());
            Element outline = new Element("outline")
                    .setAttribute("type", "rss")
                    .setAttribute("text", feed.title() == null ? feed.xmlUrl() : feed.title());
            if (feed.title() != null) {
                outline.setAttribute("title", feed.title());
            }
            outline.setAttribute("xmlUrl", feed.xmlUrl());
            if (feed.htmlUrl() != null) {
                outline.setAttribute("htmlUrl", feed.htmlUrl());
            }
            parent.addContent(outline);
        }
        Element head = new Element("head").addContent(new Element("title").setText(title));
        Element root = new Element("opml").setAttribute("version", "2.0");
        root.addContent(head).addContent(body);
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setIndent("  ");
        return new XMLOutputter(format).outputString(new Document(root));
    }

    private static Element group(Element body, Map<String, Element> groups, String category) {
        Element parent = body;
        StringBuilder key = new StringBuilder();
        for (String part : category.split("/")) {
            if (part.isBlank()) {
                continue;
            }
            key.append('/').append(part.toLowerCase(Locale.ROOT));
            Element current = parent;
            parent = groups.computeIfAbsent(key.toString(), k -> {
                Element outline = new Element("outline").setAttribute("text", part);
                current.addContent(outline);
                return outline;
            });
        }
        return parent;
    }
}
