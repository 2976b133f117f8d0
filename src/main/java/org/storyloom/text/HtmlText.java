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

    /**
     * Folds runs of spaces to one, trims spaces around line breaks, turns two or more breaks into one paragraph
     * break, and trims the ends: one pass, no regular expressions (this runs for every stored entry).
     */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int breaks = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                breaks++;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0') {
                space = breaks == 0;
            } else {
                if (!out.isEmpty()) {
                    if (breaks >= 2) {
                        out.append("\n\n");
                    } else if (breaks == 1) {
                        out.append('\n');
                    } else if (space) {
                        out.append(' ');
                    }
                }
                out.append(c);
                breaks = 0;
                space = false;
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
