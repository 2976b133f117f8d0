package org.storyloom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityMention;
import org.storyloom.model.EntitySummary;
import org.storyloom.model.SpeakerQuote;
import org.storyloom.model.StorySummary;
import org.storyloom.model.TagCount;
import org.storyloom.store.EnrichmentStore;
import org.storyloom.web.view.EnrichmentView;
import org.storyloom.web.view.EntityLink;
import org.storyloom.web.view.QuoteRow;
import org.storyloom.web.view.StoryRow;
import org.storyloom.web.view.TagLink;

/** Turns stored enrichment into the tag, entity and quote blocks of article and story pages. */
final class Enrichments {

    private static final int TAGS = 8;
    private static final int ENTITIES = 12;
    private static final int QUOTES = 12;
    private static final double MIN_SALIENCE = 0.05;

    private final EnrichmentStore store;
    private final RelativeTime time;

    Enrichments(EnrichmentStore store, RelativeTime time) {
        this.store = store;
        this.time = time;
    }

    EnrichmentView ofArticle(long articleId, String title, String sourceName) {
        return store.enrichment(articleId)
                .map(e -> new EnrichmentView(
                        e.hashtags().stream().map(Enrichments::tag).toList(),
                        entities(e),
                        e.quotes().stream()
                                .map(q -> new QuoteRow(
                                        q.speaker(),
                                        q.speakerKey() == null ? null : entityHref(q.speakerKey()),
                                        q.text(),
                                        q.cue(),
                                        articleId,
                                        title,
                                        sourceName))
                                .toList()))
                .orElseGet(EnrichmentView::empty);
    }

    EnrichmentView ofStory(long storyId) {
        return new EnrichmentView(
                store.storyTags(storyId, TAGS).stream()
                        .map(TagCount::tag)
                        .map(Enrichments::tag)
                        .toList(),
                store.storyEntities(storyId, ENTITIES).stream()
                        .map(Enrichments::entity)
                        .toList(),
                store.storyQuotes(storyId, QUOTES).stream()
                        .map(Enrichments::quote)
                        .toList());
    }

    StoryRow storyRow(StorySummary s) {
        return new StoryRow(s.id(), s.headline(), s.articleCount(), s.sourceCount(), time.view(s.lastUpdated()));
    }

    private static List<EntityLink> entities(Enrichment e) {
        return e.entities().stream()
                .filter(m -> m.salience() >= MIN_SALIENCE)
                .limit(ENTITIES)
                .map(Enrichments::entity)
                .toList();
    }

    static TagLink tag(String tag) {
        String bare = tag.startsWith("#") ? tag.substring(1) : tag;
        return new TagLink("#" + bare, "/tags/" + encode(bare));
    }

    private static EntityLink entity(EntityMention m) {
        return new EntityLink(m.name(), m.kind().label(), entityHref(m.key()));
    }

    private static EntityLink entity(EntitySummary s) {
        return new EntityLink(s.name(), s.kind().label(), entityHref(s.key()));
    }

    static QuoteRow quote(SpeakerQuote q) {
        String key = q.quote().speakerKey();
        return new QuoteRow(
                q.quote().speaker(),
                key == null ? null : entityHref(key),
                q.quote().text(),
                q.quote().cue(),
                q.articleId(),
                q.articleTitle(),
                q.sourceName());
    }

    static String entityHref(String key) {
        return "/entities/" + encode(key);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
