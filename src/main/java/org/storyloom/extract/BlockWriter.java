package org.storyloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns the chosen body elements into blocks, keeping the white space the rendering shows. */
final class BlockWriter {

    private static final Set<String> CONTAINERS = Set.of(
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "center",
            "address",
            "details",
            "summary",
            "form",
            "fieldset",
            "dl",
            "dt",
            "dd",
            "li",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "body",
            "hgroup",
            "figcaption",
            "picture",
            "html");

    private static final int CAPTION_MAX = 600;

    private final TextStats stats;
    private final List<Block> out = new ArrayList<>();
    private final InlineText inline = new InlineText();
    private final int maxDepth;

    BlockWriter(TextStats stats, int maxDepth) {
        this.stats = stats;
        this.maxDepth = maxDepth;
    }

    List<Block> write(List<Element> roots) {
        for (Element root : roots) {
            element(root, 0);
            flush();
        }
        return List.copyOf(out);
    }

    private void flush() {
        if (!inline.isEmpty()) {
            String text = inline.take();
            if (!text.isEmpty()) {
                out.add(new Block.Paragraph(text));
            }
        }
    }

    private void children(Element e, int depth) {
        Node previous = null;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.text(t.getWholeText());
            } else if (child instanceof Element c) {
                if (previous instanceof Element p && isInlineBox(p) && isInlineBox(c)) {
                    inline.softBoundary();
                }
                element(c, depth + 1);
            }
            previous = child;
        }
    }

    private static boolean isInlineBox(Element e) {
        return e.nameIs("a") || e.nameIs("button") || e.nameIs("label");
    }

    private void element(Element e, int depth) {
        if (depth > maxDepth) {
            return;
        }
        String tag = e.normalName();
        if (isStrayCaption(e, tag)) {
            caption(e, depth);
            return;
        }
        switch (tag) {
            case "br" -> inline.lineBreak();
            case "hr" -> flush();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, tag.charAt(1) - '0', depth);
            case "p" -> paragraph(e, depth);
            case "ul", "ol" -> list(e, tag.equals("ol"), depth);
            case "blockquote" -> quote(e, depth);
            case "figure" -> figure(e, depth);
            case "table" -> table(e, depth);
            case "pre" -> preformatted(e);
            case "img" -> {}
            default -> {
                if (CONTAINERS.contains(tag)) {
                    container(e, depth);
                } else {
                    children(e, depth);
                }
            }
        }
    }

    private void container(Element e, int depth) {
        if (isLinkList(e)) {
            return;
        }
        flush();
        children(e, depth);
        flush();
    }

    /** A block of mostly links (related stories, tag lists) that is not a sentence of prose. */
    private boolean isLinkList(Element e) {
        TextStats.Counts c = stats.get(e);
        if (c.chars == 0) {
            return false;
        }
        double density = (double) c.linkChars / c.chars;
        return density > 0.6 && !(c.chars > 300 && c.paragraphs > 2 && density < 0.8);
    }

    private String inlineOf(Element e, int depth) {
        flush();
        children(e, depth);
        return inline.take();
    }

    private void heading(Element e, int level, int depth) {
        String text = inlineOf(e, depth);
        if (!text.isEmpty()) {
            out.add(new Block.Heading(level, text));
        }
    }

    private void paragraph(Element e, int depth) {
        TextStats.Counts c = stats.get(e);
        if (c.chars > 0 && c.chars < 200 && (double) c.linkChars / c.chars > 0.8) {
            return;
        }
        int before = out.size();
        String text = inlineOf(e, depth);
        if (!text.isEmpty()) {
            out.add(before, new Block.Paragraph(text));
        }
    }

    private void list(Element e, boolean ordered, int depth) {
        if (isLinkList(e)) {
            return;
        }
        flush();
        List<String> items = new ArrayList<>();
        for (Element li : e.children()) {
            int before = out.size();
            String text = inlineOf(li, depth + 1);
            while (out.size() > before) {
                text = out.remove(before).text() + "\n" + text;
            }
            if (!text.isBlank()) {
                items.add(text.strip());
            }
        }
        if (!items.isEmpty()) {
            out.add(new Block.ListBlock(ordered, items));
        }
    }

    private void quote(Element e, int depth) {
        flush();
        int before = out.size();
        children(e, depth);
        flush();
        List<String> parts = new ArrayList<>();
        while (out.size() > before) {
            parts.add(out.remove(before).text());
        }
        String text = String.join("\n\n", parts).strip();
        if (!text.isEmpty()) {
            out.add(new Block.Quote(text));
        }
    }

    private void figure(Element e, int depth) {
        flush();
        Element img = e.selectFirst("img");
        String src = img == null ? null : Images.source(img);
        Element caption = e.selectFirst("figcaption");
        if (caption == null) {
            if (src != null) {
                out.add(new Block.Figure(src, "", null));
            }
            return;
        }
        Captions.Split split = Captions.split(caption, inlineOf(caption, depth));
        out.add(new Block.Figure(src, split.caption(), split.credit()));
    }

    /**
     * A caption outside a {@code <figure>}: a lone {@code <figcaption>} or a short element whose class or id
     * names a caption. It becomes a figure block without a picture, so its text stays out of the plain text.
     */
    private boolean isStrayCaption(Element e, String tag) {
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("figure") || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        String names = Hints.names(e);
        return !names.isEmpty()
                && NameWords.hasPart(names, "caption")
                && stats.chars(e) < CAPTION_MAX
                && stats.get(e).paragraphs <= 1;
    }

    private void caption(Element e, int depth) {
        flush();
        int before = out.size();
        children(e, depth);
        flush();
        List<String> parts = new ArrayList<>();
        while (out.size() > before) {
            parts.add(out.remove(before).text());
        }
        String text = String.join(" ", parts).strip();
        if (!text.isEmpty()) {
            Captions.Split split = Captions.split(e, text);
            out.add(new Block.Figure(null, split.caption(), split.credit()));
        }
    }

    private void table(Element e, int depth) {
        if (Tables.isLayout(e)) {
            container(e, depth);
            return;
        }
        flush();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : e.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells.add(inlineOf(cell, depth + 2).replace('\n', ' '));
                }
            }
            if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(cells);
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows));
        }
    }

    private void preformatted(Element e) {
        flush();
        String text = e.wholeText().strip();
        if (!text.isEmpty()) {
            out.add(new Block.Paragraph(text));
        }
    }
}
