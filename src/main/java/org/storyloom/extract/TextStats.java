package org.storyloom.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text sizes of every element under a root, counted in one pass: visible characters, link characters, commas. */
final class TextStats {

    /** Counts for one element and its subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t && t.parent() instanceof Element parent) {
                            stats.addText(parent, t.getWholeText());
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            stats.close(e, e == root);
                        }
                    }
                },
                root);
        return stats;
    }

    private Counts mutable(Element e) {
        return counts.computeIfAbsent(e, k -> new Counts());
    }

    private void addText(Element parent, String text) {
        Counts c = mutable(parent);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!InlineText.isSpace(ch)) {
                c.chars++;
                if (ch == ',' || ch == '\uff0c' || ch == '\u3001' || ch == '\u060c') {
                    c.commas++;
                }
            }
        }
    }

    private void close(Element e, boolean isRoot) {
        Counts c = mutable(e);
        if (e.nameIs("a")) {
            c.linkChars = c.chars;
        }
        if (e.nameIs("p") && c.chars > 0) {
            c.paragraphs++;
        }
        if (isRoot || !(e.parent() instanceof Element parent)) {
            return;
        }
        Counts p = mutable(parent);
        p.chars += c.chars;
        p.linkChars += c.linkChars;
        p.commas += c.commas;
        p.paragraphs += c.paragraphs;
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? NONE : c;
    }

    int chars(Element e) {
        return get(e).chars;
    }

    double linkDensity(Element e) {
        Counts c = get(e);
        return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
    }
}
