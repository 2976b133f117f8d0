package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Article;
import org.storyloom.model.ShownBody;
import org.storyloom.model.Source;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.StoryService;
import org.storyloom.store.Store;
import org.storyloom.text.SafeHtml;
import org.storyloom.web.view.ArticleView;
import org.storyloom.web.view.RelatedRow;
import org.storyloom.web.view.StoryRow;

/** {@code GET /articles/{id}}: one article, its body sanitised again at render time. */
final class ArticlePage {

    private static final int RELATED = 8;

    private final Store store;
    private final ArticleBodies bodies;
    private final StoryService stories;
    private final RelativeTime time;
    private final Templates templates;
    private final Enrichments enrichments;

    ArticlePage(
            Store store,
            ArticleBodies bodies,
            StoryService stories,
            RelativeTime time,
            Templates templates,
            Enrichments enrichments) {
        this.enrichments = enrichments;
        this.store = store;
        this.stories = stories;
        this.bodies = bodies;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        long id = Params.id(ctx, "id");
        Article a = store.findArticle(id)
                .orElseThrow(() -> new NotFoundResponse("There is no article " + id + ". It may have been removed."));
        String source = store.findSource(a.sourceId())
                .map(Source::name)
                .filter(n -> !n.isBlank())
                .orElseGet(() -> Links.hostOf(a.url()));
        Instant published = a.published();
        Object model = new ArticleView(
                a.title(),
                a.sourceId(),
                source,
                blankToNull(a.author()),
                time.view(published != null ? published : a.fetchedAt()),
                body(a),
                a.shown() == ShownBody.PAGE ? "page" : "feed",
                Links.httpOrNull(a.url()),
                stories.storyOf(id)
                        .map(s -> new StoryRow(
                                s.id(), s.headline(), s.articleCount(), s.sourceCount(), time.view(s.lastUpdated())))
                        .orElse(null),
                stories.relatedArticles(id, RELATED).stream()
                        .map(r -> new RelatedRow(
                                "/articles/" + r.article().id(),
                                r.article().title(),
                                r.article().sourceName(),
                                r.reason()))
                        .toList(),
                enrichments.ofArticle(id, a.title(), source),
                store.enrichment(id).map(e -> e.readingMinutes()).orElse(0));
        templates.render(ctx, "article.jte", model);
    }

    private @Nullable String body(Article a) {
        String html = bodies.html(a);
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = SafeHtml.clean(html, a.url());
        return clean.isBlank() ? null : clean;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
