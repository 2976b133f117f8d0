package org.storyloom.web;

import io.javalin.http.Context;
import java.util.List;
import org.storyloom.model.ArticleListing;
import org.storyloom.store.ArticleStore;
import org.storyloom.web.view.ArticleRow;
import org.storyloom.web.view.HomeView;

/** {@code GET /}: the latest articles, {@value #PAGE_SIZE} a page, newest first. */
final class HomePage {

    static final int PAGE_SIZE = 30;
    private static final int MAX_PAGE = 10_000;

    private final ArticleStore articles;
    private final RelativeTime time;
    private final Templates templates;

    HomePage(ArticleStore articles, RelativeTime time, Templates templates) {
        this.articles = articles;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        int page = Params.page(ctx, MAX_PAGE);
        List<ArticleListing> found = articles.latestArticles(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        boolean hasNext = found.size() > PAGE_SIZE;
        List<ArticleRow> rows = found.stream().limit(PAGE_SIZE).map(this::row).toList();
        templates.render(ctx, "home.jte", new HomeView(rows, page, page > 1, hasNext));
    }

    private ArticleRow row(ArticleListing a) {
        String source = a.sourceName().isBlank() ? Links.hostOf(a.url()) : a.sourceName();
        return new ArticleRow(a.id(), a.title(), source, time.view(a.shownTime()));
    }
}
