package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.storyloom.model.Source;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.store.Store;
import org.storyloom.web.view.ArticleRow;
import org.storyloom.web.view.SourceView;

/** {@code GET /sources/{id}}: a publisher's latest articles and what Storyloom learned to strip from them. */
final class SourcePage {

    private static final int LATEST = 30;

    private final Store store;
    private final ArticleBodies bodies;
    private final RelativeTime time;
    private final Templates templates;

    SourcePage(Store store, ArticleBodies bodies, RelativeTime time, Templates templates) {
        this.store = store;
        this.bodies = bodies;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        long id = Params.id(ctx, "id");
        Source source = store.findSource(id).orElseThrow(() -> new NotFoundResponse("There is no source " + id + "."));
        List<ArticleRow> rows = store.latestArticlesOfSource(id, LATEST, 0).stream()
                .map(a -> new ArticleRow(a.id(), a.title(), a.sourceName(), time.view(a.shownTime())))
                .toList();
        templates.render(
                ctx,
                "source.jte",
                new SourceView(source.name(), Links.httpOrNull(source.homePage()), rows, bodies.boilerplate(id)));
    }
}
