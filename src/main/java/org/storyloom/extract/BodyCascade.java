package org.storyloom.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The body cascade: the marked article body or the content scorer's choice; a fallback over all prose
 * paragraphs when that is empty; a recall rescue when the result is implausibly short next to the prose on the
 * page or next to the structured articleBody.
 */
final class BodyCascade {

    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");

    /** The chosen blocks and where they came from. */
    record Body(List<Block> blocks, ExtractedArticle.BodySource source) {}

    private static final int SHORT_BODY = 250;
    private static final int PROSE_ITEM = 100;

    private final int maxDepth;

    BodyCascade(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    Body extract(Document doc, @Nullable JsonNode article, @Nullable String title) {
        Element body = doc.body();
        if (body == null) {
            return new Body(List.of(), ExtractedArticle.BodySource.FALLBACK);
        }
        StreamedSegments.restore(body);
        Pruner.prune(body);
        TextStats stats = TextStats.of(body);
        List<Element> roots = marked(body, stats);
        if (roots.isEmpty()) {
            roots = new ContentScorer(stats).choose(body);
        }
        List<Block> blocks = BoilerplateFilter.filter(new BlockWriter(stats, maxDepth).write(roots), title);
        ExtractedArticle.BodySource source = ExtractedArticle.BodySource.CONTENT_SCORER;
        int length = length(blocks);
        List<Element> prose = prose(body, stats);
        int proseLength = 0;
        for (Element p : prose) {
            proseLength += stats.chars(p);
        }
        if (length < SHORT_BODY || proseLength > 2 * length + 400) {
            List<Block> rescued = BoilerplateFilter.filter(new BlockWriter(stats, maxDepth).write(prose), title);
            if (length(rescued) > length) {
                blocks = rescued;
                source = length < SHORT_BODY
                        ? ExtractedArticle.BodySource.FALLBACK
                        : ExtractedArticle.BodySource.RECALL_RESCUE;
                length = length(rescued);
            }
        }
        String structured = JsonLd.text(article, "articleBody");
        if (structured != null && structured.length() > Math.max(2 * length, SHORT_BODY)) {
            return new Body(StructuredBody.blocks(structured), ExtractedArticle.BodySource.STRUCTURED_DATA);
        }
        return new Body(blocks, source);
    }

    /** An element the page marks as the article body, when it holds real text. */
    private static List<Element> marked(Element body, TextStats stats) {
        List<Element> marked = body.select(ARTICLE_BODY);
        if (marked.size() == 1 && stats.chars(marked.get(0)) >= SHORT_BODY) {
            return List.of(marked.get(0));
        }
        return List.of();
    }

    /**
     * Every paragraph of prose on the page: not link-heavy, long enough to be a sentence or more, not the
     * summary line of a teaser card (inside a link, or next to a linked headline as the card's only paragraph),
     * and not a repeat of a paragraph already taken.
     */
    static List<Element> prose(Element body, TextStats stats) {
        List<Element> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element p : body.select("p, li")) {
            TextStats.Counts c = stats.get(p);
            if (c.chars >= (p.nameIs("li") ? PROSE_ITEM : 60)
                    && (p.nameIs("p") || isProseItem(p, c))
                    && (double) c.linkChars / c.chars < 0.4
                    && !inside(p, out)
                    && !Teasers.isTeaser(p, stats)
                    && seen.add(p.text())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A list item written as prose: no blocks or paragraphs inside (those are judged themselves), and hardly a
     * link (a teaser card's linked headline would be).
     */
    private static boolean isProseItem(Element li, TextStats.Counts c) {
        return (double) c.linkChars / c.chars < 0.15 && !ContentScorer.hasBlockChild(li);
    }

    private static boolean inside(Element e, List<Element> chosen) {
        return !chosen.isEmpty() && e.parents().contains(chosen.get(chosen.size() - 1));
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
