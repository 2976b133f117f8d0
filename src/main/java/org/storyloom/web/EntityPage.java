package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.storyloom.model.EntitySummary;
import org.storyloom.store.EnrichmentStore;
import org.storyloom.web.view.EntityView;

/** {@code GET /entities/{key}}: a person, organisation or place, the stories it is in and its recent quotes. */
final class EntityPage {

    private static final int STORIES = 30;
    private static final int QUOTES = 20;

    private final EnrichmentStore store;
    private final Enrichments enrichments;
    private final Templates templates;

    EntityPage(EnrichmentStore store, Enrichments enrichments, Templates templates) {
        this.store = store;
        this.enrichments = enrichments;
        this.templates = templates;
    }

    void show(Context ctx) {
        String key = ctx.pathParam("key");
        EntitySummary entity =
                store.entity(key).orElseThrow(() -> new NotFoundResponse("No article names \"" + key + "\"."));
        templates.render(
                ctx,
                "entity.jte",
                new EntityView(
                        entity.name(),
                        entity.kind().label(),
                        entity.articles(),
                        store.storiesWithEntity(key, STORIES).stream()
                                .map(enrichments::storyRow)
                                .toList(),
                        store.quotesBy(key, QUOTES).stream()
                                .map(Enrichments::quote)
                                .toList()));
    }
}
