package org.storyloom.web;

import io.javalin.http.Context;
import java.time.InstantSource;
import java.util.List;
import org.storyloom.model.ArticleListing;
import org.storyloom.store.ArticleStore;
import org.storyloom.store.EnrichmentStore;
import org.storyloom.store.StoryStore;
import org.storyloom.web.view.ArticleRow;
import org.storyloom.web.view.HomeView;
import org.storyloom.web.view.StoryRow;
import org.storyloom.web.view.TagLink;

/** {@code GET /}: the latest articles, {@value #PAGE_SIZE} a page, newest first. */
final class HomePage {

    static final int PAGE_SIZE = 30;
    private static final int MAX_PAGE = 10_000;

    private static final int STORIES = 12;
    private static final int TRENDING = 12;
    private static final int TRENDING_MIN_ARTICLES = 2;

    private final ArticleStore articles;
    private final StoryStore stories;
    private final EnrichmentStore enrichment;
    private final InstantSource clock;
    private final RelativeTime time;
    private final Templates templates;

    HomePage(
            ArticleStore articles,
            StoryStore stories,
            EnrichmentStore enrichment,
            InstantSource clock,
            RelativeTime time,
            Templates templates) {
        this.enrichment = enrichment;
        this.clock = clock;
        this.articles = articles;
        this.stories = stories;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        int page = Params.page(ctx, MAX_PAGE);
        List<ArticleListing> found = articles.latestArticles(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        boolean hasNext = found.size() > PAGE_SIZE;
        List<ArticleRow> rows = found.stream().limit(PAGE_SIZE).map(this::row).toList();
        List<StoryRow> top = page > 1
                ? List.of()
                : stories.latestStories(STORIES, 0).stream()
                        .map(s -> new StoryRow(
                                s.id(), s.headline(), s.articleCount(), s.sourceCount(), time.view(s.lastUpdated())))
                        .toList();
        List<TagLink> trending = page > 1
                ? List.of()
                : enrichment.trendingTags(clock.instant(), TRENDING_MIN_ARTICLES, TRENDING).stream()
                        .map(t -> Enrichments.tag(t.tag()))
                        .toList();
        templates.render(ctx, "home.jte", new HomeView(top, trending, rows, page, page > 1, hasNext));
    }

    private ArticleRow row(ArticleListing a) {
        String source = a.sourceName().isBlank() ? Links.hostOf(a.url()) : a.sourceName();
        return new ArticleRow(a.id(), a.title(), source, time.view(a.shownTime()));
    }
}
