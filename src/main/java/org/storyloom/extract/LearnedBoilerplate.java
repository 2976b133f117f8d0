package org.storyloom.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The boilerplate learned for one source: each recurring paragraph or sentence with the number of articles it
 * was seen in. Strips those units from texts and articles, old or new.
 *
 * @param entries the learned units, most frequent first; this is the list to show per source
 * @param articlesSeen how many articles it was learned from
 */
public record LearnedBoilerplate(List<Entry> entries, int articlesSeen) {

    /** One learned unit and the number of articles it occurred in. */
    public record Entry(String text, int articles) {}

    public LearnedBoilerplate {
        entries = List.copyOf(entries);
    }

    /** Nothing learned. */
    public static LearnedBoilerplate none() {
        return new LearnedBoilerplate(List.of(), 0);
    }

    /** The text without learned paragraphs and sentences; paragraph breaks are kept. */
    public String strip(String text) {
        if (entries.isEmpty()) {
            return text;
        }
        Set<String> keys = keys();
        List<String> kept = new ArrayList<>();
        for (String paragraph : TextUnits.paragraphs(text)) {
            String rest = stripParagraph(paragraph, keys);
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return String.join("\n\n", kept);
    }

    /** The article without learned units; its text and HTML are rebuilt. */
    public ExtractedArticle strip(ExtractedArticle article) {
        if (entries.isEmpty()) {
            return article;
        }
        Set<String> keys = keys();
        List<Block> kept = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (block instanceof Block.Paragraph p) {
                String rest = stripParagraph(p.text(), keys);
                if (!rest.isEmpty()) {
                    kept.add(new Block.Paragraph(rest));
                }
            } else if (!keys.contains(TextUnits.key(block.text()))) {
                kept.add(block);
            }
        }
        return article.withBlocks(kept);
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(TextUnits.key(e.text())));
        return keys;
    }

    private static String stripParagraph(String paragraph, Set<String> keys) {
        if (keys.contains(TextUnits.key(paragraph))) {
            return "";
        }
        List<String> sentences = TextUnits.sentences(paragraph);
        List<String> kept = new ArrayList<>();
        for (String sentence : sentences) {
            if (!keys.contains(TextUnits.key(sentence))) {
                kept.add(sentence);
            }
        }
        return kept.size() == sentences.size() ? paragraph : String.join(" ", kept);
    }
}
