package org.storyloom.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/** Renders blocks as plain text and as sanitised HTML. */
final class Blocks {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "small")
            .addTags("img")
            .addAttributes("img", "src", "alt")
            .addProtocols("img", "src", "http", "https");

    private Blocks() {}

    /** Blocks joined by blank lines; figures stay out (their captions live in the blocks and the HTML). */
    static String plainText(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String text = block.text().strip();
            if (text.isEmpty() || block instanceof Block.Figure) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(text);
        }
        return out.toString();
    }

    /** HTML built from the blocks, then cleaned through a jsoup safelist. */
    static String safeHtml(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading h ->
                    html.append("<h")
                            .append(h.level())
                            .append('>')
                            .append(lines(h.text()))
                            .append("</h")
                            .append(h.level())
                            .append(">\n");
                case Block.Paragraph p ->
                    html.append("<p>").append(lines(p.text())).append("</p>\n");
                case Block.Quote q ->
                    html.append("<blockquote><p>").append(lines(q.text())).append("</p></blockquote>\n");
                case Block.ListBlock l -> list(html, l);
                case Block.Figure f -> figure(html, f);
                case Block.Table t -> table(html, t);
            }
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html.toString(), "", SAFE, settings);
    }

    private static String lines(String text) {
        return Entities.escape(text).replace("\n", "<br>");
    }

    private static void list(StringBuilder html, Block.ListBlock list) {
        String tag = list.ordered() ? "ol" : "ul";
        html.append('<').append(tag).append('>');
        for (String item : list.items()) {
            html.append("<li>").append(lines(item)).append("</li>");
        }
        html.append("</").append(tag).append(">\n");
    }

    private static void figure(StringBuilder html, Block.Figure figure) {
        html.append("<figure>");
        if (figure.imageUrl() != null) {
            html.append("<img src=\"")
                    .append(Entities.escape(figure.imageUrl()))
                    .append("\" alt=\"\">");
        }
        if (!figure.caption().isEmpty() || figure.credit() != null) {
            html.append("<figcaption>").append(lines(figure.caption()));
            if (figure.credit() != null) {
                html.append(" <small>").append(lines(figure.credit())).append("</small>");
            }
            html.append("</figcaption>");
        }
        html.append("</figure>\n");
    }

    private static void table(StringBuilder html, Block.Table table) {
        html.append("<table>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(lines(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }
}
