package org.storyloom.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** Turns a JSON-LD articleBody (plain text, sometimes HTML) into paragraph blocks. */
final class StructuredBody {

    private StructuredBody() {}

    static List<Block> blocks(String articleBody) {
        String text = articleBody;
        if (text.contains("</p>") || text.contains("<br")) {
            text = Jsoup.parse(text.replaceAll("(?i)</p>|<br\\s*/?>", "\n\n")).wholeText();
        }
        List<Block> out = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n|\\n")) {
            String p = paragraph.replaceAll("[\\s\u00a0]+", " ").strip();
            if (!p.isEmpty()) {
                out.add(new Block.Paragraph(p));
            }
        }
        return out;
    }
}
