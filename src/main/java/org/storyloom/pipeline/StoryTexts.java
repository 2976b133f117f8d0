package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.StoryArticle;
import org.storyloom.store.Store;
import org.storyloom.summary.SourceArticle;
import org.storyloom.text.HtmlText;

/** Loads a story's articles as the summary stage reads them: newest first, shown text without boilerplate. */
final class StoryTexts {

    /** Articles read per story at most: the newest, which carry the story's current state. */
    static final int MAX_ARTICLES = 60;

    /** A story's articles and the quotes enrichment found in them, by article id. */
    record Loaded(List<SourceArticle> articles, Map<String, List<QuoteMention>> quotes) {}

    private final Store store;
    private final ArticleBodies bodies;

    StoryTexts(Store store, ArticleBodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    Loaded load(long storyId) {
        List<SourceArticle> articles = new ArrayList<>();
        Map<String, List<QuoteMention>> quotes = new HashMap<>();
        for (StoryArticle member : store.storyArticles(storyId)) {
            if (articles.size() == MAX_ARTICLES) {
                break;
            }
            Optional<Article> article = store.findArticle(member.article().id());
            if (article.isEmpty()) {
                continue;
            }
            Article a = article.get();
            String id = String.valueOf(a.id());
            articles.add(new SourceArticle(
                    id,
                    a.title(),
                    text(a),
                    member.article().published(),
                    member.article().sourceName()));
            store.enrichment(a.id()).map(Enrichment::quotes).ifPresent(q -> quotes.put(id, q));
        }
        return new Loaded(articles, quotes);
    }

    /** The article's shown text; for one stored only as HTML, the text of that HTML. */
    private String text(Article a) {
        String text = bodies.text(a);
        if (text != null && !text.isBlank()) {
            return text;
        }
        String html = bodies.html(a);
        return html == null ? "" : HtmlText.of(html);
    }
}
