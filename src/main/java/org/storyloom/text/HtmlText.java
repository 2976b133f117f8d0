package org.storyloom.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML fragment as a reader sees it: block elements become paragraph breaks, line breaks stay
 * line breaks, and inline boundaries keep exactly the white space the source has (so a link followed by a word
 * stays two words, and two adjacent block links never glue together).
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "nav",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "hr",
            "address",
            "details",
            "summary");

    private HtmlText() {}

    public static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, noscript, template").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Collector(out), body);
        return tidy(out);
    }

    private static String tidy(StringBuilder raw) {
        String[] paragraphs = raw.toString().split("\n\\s*\n");
        StringBuilder out = new StringBuilder(raw.length());
        for (String p : paragraphs) {
            String line = p.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ")
                    .replaceAll(" ?\n ?", "\n")
                    .strip();
            if (!line.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(line);
            }
        }
        return out.toString();
    }

    /** Appends text and the breaks that block boundaries imply. */
    private record Collector(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                out.append(' ');
            }
        }
    }
}
