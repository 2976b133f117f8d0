package org.storyloom.model;

import java.util.List;

/**
 * What enrichment knows of one article: its language, reading time, hashtags ("#NorthKorea", best first), the
 * people, organisations and places in it, its quotes and its reporting attributions.
 */
public record Enrichment(
        long articleId,
        String language,
        int readingMinutes,
        List<String> hashtags,
        List<EntityMention> entities,
        List<QuoteMention> quotes,
        List<ReportAttribution> attributions) {

    public Enrichment {
        hashtags = List.copyOf(hashtags);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }
}
