package org.storyloom.feed;

import java.util.List;
import java.util.Locale;
import org.jdom2.Attribute;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jspecify.annotations.Nullable;

/** Microsoft's Channel Definition Format, rewritten as the RSS 2.0 it resembles. */
final class Cdf {

    private Cdf() {}

    static Element toRss(Element channel) {
        Element rss = new Element("rss").setAttribute("version", "2.0");
        rss.addContent(convert(channel, "channel", "lastBuildDate", 0));
        return rss;
    }

    private static Element convert(Element source, String name, String dateName, int depth) {
        Element target = new Element(name);
        String href = attribute(source, "href");
        if (href != null) {
            target.addContent(new Element("link").setText(href));
        }
        String lastmod = attribute(source, "lastmod");
        if (lastmod != null) {
            target.addContent(new Element(dateName).setText(lastmod));
        }
        for (Element child : List.copyOf(source.getChildren())) {
            String childName = child.getName().toLowerCase(Locale.ROOT);
            if (childName.equals("item") && depth < 5) {
                target.addContent(convert(child, "item", "pubDate", depth + 1));
            } else if (childName.equals("abstract")) {
                target.addContent(new Element("description").setText(child.getText()));
            } else if (childName.equals("title")) {
                target.addContent(new Element("title").setText(child.getText()));
            }
        }
        return target;
    }

    private static @Nullable String attribute(Element element, String name) {
        for (Attribute a : element.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name) && a.getNamespace().equals(Namespace.NO_NAMESPACE)) {
                return a.getValue();
            }
        }
        return null;
    }
}
