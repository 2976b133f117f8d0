package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Article;
import org.storyloom.model.ShownBody;
import org.storyloom.model.Source;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.store.Store;
import org.storyloom.text.SafeHtml;
import org.storyloom.web.view.ArticleView;

/** {@code GET /articles/{id}}: one article, its body sanitised again at render time. */
final class ArticlePage {

    private final Store store;
    private final ArticleBodies bodies;
    private final RelativeTime time;
    private final Templates templates;

    ArticlePage(Store store, ArticleBodies bodies, RelativeTime time, Templates templates) {
        this.store = store;
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
                Links.httpOrNull(a.url()));
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
