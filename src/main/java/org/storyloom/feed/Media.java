package org.storyloom.feed;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Enclosure;

/** Media RSS ({@code media:content}, {@code media:thumbnail}, inside or outside {@code media:group}) as enclosures. */
final class Media {

    static final String NAMESPACE = "http://search.yahoo.com/mrss/";

    private Media() {}

    static List<Enclosure> enclosures(List<Element> foreign) {
        List<Enclosure> out = new ArrayList<>();
        for (Element element : foreign) {
            collect(element, out, 0);
        }
        return out;
    }

    private static void collect(Element element, List<Enclosure> out, int depth) {
        if (depth > 3 || !element.getNamespaceURI().startsWith(NAMESPACE.substring(0, NAMESPACE.length() - 1))) {
            return;
        }
        String name = element.getName();
        if (name.equals("content") || name.equals("thumbnail")) {
            String url = Texts.clean(element.getAttributeValue("url"));
            if (url != null) {
                String type = Texts.clean(element.getAttributeValue("type"));
                if (type == null && name.equals("thumbnail")) {
                    type = "image";
                }
                out.add(new Enclosure(url, type, length(element.getAttributeValue("fileSize"))));
            }
        }
        for (Element child : element.getChildren()) {
            collect(child, out, depth + 1);
        }
    }

    private static long length(@Nullable String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
