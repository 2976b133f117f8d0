package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StorySummary;
import org.storyloom.pipeline.StoryService;
import org.storyloom.store.Store;
import org.storyloom.web.view.AnswerView;
import org.storyloom.web.view.ArticleRow;
import org.storyloom.web.view.CopyGroupView;
import org.storyloom.web.view.DigestView;
import org.storyloom.web.view.RelatedRow;
import org.storyloom.web.view.StoryView;

/** {@code GET /stories/{id}}: one story, its articles folded by copy group, and related stories. */
final class StoryPage {

    private static final int RELATED = 6;

    private final Store store;
    private final StoryService stories;
    private final RelativeTime time;
    private final Templates templates;

    private final Enrichments enrichments;

    StoryPage(Store store, StoryService stories, RelativeTime time, Templates templates, Enrichments enrichments) {
        this.enrichments = enrichments;
        this.store = store;
        this.stories = stories;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        long id = Params.id(ctx, "id");
        StorySummary story =
                store.findStory(id).orElseThrow(() -> new NotFoundResponse("There is no story " + id + "."));
        Map<Long, List<StoryArticle>> byGroup = new LinkedHashMap<>();
        List<StoryArticle> members = store.storyArticles(id);
        Digests digests = new Digests(members);
        for (StoryArticle a : members) {
            byGroup.computeIfAbsent(a.copyGroup(), g -> new ArrayList<>()).add(a);
        }
        List<CopyGroupView> groups = new ArrayList<>();
        for (List<StoryArticle> group : byGroup.values()) {
            StoryArticle shown = group.get(0);
            List<String> others = group.stream()
                    .skip(1)
                    .map(a -> a.article().sourceName())
                    .filter(s -> !s.equals(shown.article().sourceName()))
                    .distinct()
                    .toList();
            groups.add(new CopyGroupView(row(shown), others));
        }
        List<RelatedRow> related = stories.relatedStories(id, RELATED).stream()
                .map(r -> new RelatedRow(
                        "/stories/" + r.story().id(),
                        r.story().headline(),
                        r.story().sourceCount() + " sources",
                        r.reason()))
                .toList();
        templates.render(
                ctx,
                "story.jte",
                new StoryView(
                        story.headline(),
                        story.articleCount(),
                        story.sourceCount(),
                        time.view(story.firstSeen()),
                        time.view(story.lastUpdated()),
                        groups,
                        related,
                        enrichments.ofStory(id),
                        stories.digest(id).map(digests::view).orElseGet(DigestView::empty),
                        answer(ctx, id, digests)));
    }

    /** The answer to the reader's question ({@code ?q=}), when one was asked. */
    private @Nullable AnswerView answer(Context ctx, long storyId, Digests digests) {
        String question = ctx.queryParam("q");
        if (question == null || question.isBlank()) {
            return null;
        }
        return stories.ask(storyId, question).map(digests::answer).orElse(null);
    }

    private ArticleRow row(StoryArticle a) {
        return new ArticleRow(
                a.article().id(),
                a.article().title(),
                a.article().sourceName(),
                time.view(a.article().shownTime()));
    }
}
