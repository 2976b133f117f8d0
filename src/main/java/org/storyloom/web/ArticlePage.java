package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Article;
import org.storyloom.model.ShownBody;
import org.storyloom.model.Source;
import org.storyloom.model.StorySummary;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.StoryService;
import org.storyloom.store.Store;
import org.storyloom.summary.CitedSentence;
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
        Optional<StorySummary> story = stories.storyOf(id);
        Object model = new ArticleView(
                a.title(),
                a.sourceId(),
                source,
                blankToNull(a.author()),
                time.view(published != null ? published : a.fetchedAt()),
                body(a),
                a.shown() == ShownBody.PAGE ? "page" : "feed",
                Links.httpOrNull(a.url()),
                story.map(s -> new StoryRow(
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
                store.enrichment(id).map(e -> e.readingMinutes()).orElse(0),
                keyPoints(story, id));
        templates.render(ctx, "article.jte", model);
    }

    /** The article's key points from its story's stored digest; none until the digest worker has made one. */
    private List<String> keyPoints(Optional<StorySummary> story, long articleId) {
        return story
                .flatMap(s -> stories.digest(s.id()))
                .map(d -> d.keyPoints().getOrDefault(String.valueOf(articleId), List.of()))
                .orElse(List.of())
                .stream()
                .map(CitedSentence::text)
                .toList();
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
