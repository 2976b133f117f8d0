package org.storyloom.web.view;

import java.util.List;

/** What enrichment adds to an article or story page: hashtags, the entities in it, and its quotes. */
public record EnrichmentView(List<TagLink> tags, List<EntityLink> entities, List<QuoteRow> quotes) {

    public EnrichmentView {
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public static EnrichmentView empty() {
        return new EnrichmentView(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return tags.isEmpty() && entities.isEmpty() && quotes.isEmpty();
    }
}
