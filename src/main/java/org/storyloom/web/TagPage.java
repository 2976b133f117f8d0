package org.storyloom.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.storyloom.store.EnrichmentStore;
import org.storyloom.web.view.TagView;

/** {@code GET /tags/{tag}}: the stories carrying a hashtag, latest first. */
final class TagPage {

    private static final int STORIES = 50;
    private static final int MAX_TAG = 100;

    private final EnrichmentStore store;
    private final Enrichments enrichments;
    private final Templates templates;

    TagPage(EnrichmentStore store, Enrichments enrichments, Templates templates) {
        this.store = store;
        this.enrichments = enrichments;
        this.templates = templates;
    }

    void show(Context ctx) {
        String bare = ctx.pathParam("tag").strip();
        if (bare.startsWith("#")) {
            bare = bare.substring(1);
        }
        if (bare.isEmpty() || bare.length() > MAX_TAG) {
            throw new BadRequestResponse("A tag has 1 to " + MAX_TAG + " characters.");
        }
        String tag = "#" + bare;
        templates.render(
                ctx,
                "tag.jte",
                new TagView(
                        tag,
                        store.storiesWithTag(tag, STORIES).stream()
                                .map(enrichments::storyRow)
                                .toList()));
    }
}
