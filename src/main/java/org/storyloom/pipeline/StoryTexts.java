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
        Map<String, List<QuoteMention>> quotes = new HashMap<>();
        List<SourceArticle> articles = articles(storyId);
        for (SourceArticle a : articles) {
            store.enrichment(Long.parseLong(a.id())).map(Enrichment::quotes).ifPresent(q -> quotes.put(a.id(), q));
        }
        return new Loaded(articles, quotes);
    }

    /** The story's newest articles (at most {@link #MAX_ARTICLES}), without their quotes. */
    List<SourceArticle> articles(long storyId) {
        List<SourceArticle> articles = new ArrayList<>();
        for (StoryArticle member : store.storyArticles(storyId)) {
            if (articles.size() == MAX_ARTICLES) {
                break;
            }
            Optional<Article> article = store.findArticle(member.article().id());
            if (article.isEmpty()) {
                continue;
            }
            Article a = article.get();
            articles.add(new SourceArticle(
                    String.valueOf(a.id()),
                    a.title(),
                    text(a),
                    member.article().published(),
                    member.article().sourceName()));
        }
        return articles;
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
