package org.storyloom.pipeline;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.storyloom.extract.LearnedBoilerplate;
import org.storyloom.model.Article;
import org.storyloom.model.BoilerplateLine;
import org.storyloom.store.BoilerplateStore;

/**
 * The body a reader sees: the page's or the feed's, whichever the article shows, without what its source repeats
 * in every article. Stripping happens when the body is read, so a newly learned line disappears from old articles
 * too, and nothing stored is ever lost.
 */
public final class ArticleBodies {

    private static final String BLOCKS = "p, li, blockquote, h2, h3, h4, h5, h6, figcaption, div:not(:has(div, p, li))";

    private final BoilerplateStore store;

    public ArticleBodies(BoilerplateStore store) {
        this.store = store;
    }

    /** What the article's source is known to repeat. */
    public List<BoilerplateLine> boilerplate(long sourceId) {
        return store.boilerplate(sourceId);
    }

    /** The shown HTML without learned boilerplate; null when the article has no body. */
    public @Nullable String html(Article article) {
        String html = article.shownHtml();
        if (html == null || html.isBlank()) {
            return article.summary();
        }
        LearnedBoilerplate learned = learned(article.sourceId());
        if (learned.entries().isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html, article.url());
        for (Element block : doc.body().select(BLOCKS)) {
            String text = block.text();
            String kept = learned.strip(text);
            if (kept.isBlank()) {
                block.remove();
            } else if (kept.length() < text.strip().length()) {
                block.text(kept);
            }
        }
        return doc.body().html();
    }

    /** The shown plain text without learned boilerplate. */
    public @Nullable String text(Article article) {
        String text = article.shownText();
        return text == null ? null : learned(article.sourceId()).strip(text);
    }

    private LearnedBoilerplate learned(long sourceId) {
        List<LearnedBoilerplate.Entry> entries = store.boilerplate(sourceId).stream()
                .map(l -> new LearnedBoilerplate.Entry(l.text(), l.articles()))
                .toList();
        return new LearnedBoilerplate(entries, 0);
    }
}
