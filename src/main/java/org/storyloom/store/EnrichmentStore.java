package org.storyloom.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntitySummary;
import org.storyloom.model.SpeakerQuote;
import org.storyloom.model.StorySummary;
import org.storyloom.model.TagCount;
import org.storyloom.model.TagTrend;

/**
 * Hashtags, entities and quotes of articles, and the questions pages ask of them. Each enrichment carries the
 * version of the stage that made it, so a better stage re-enriches older articles as it goes.
 */
public interface EnrichmentStore {

    /** Articles with no enrichment, or one made by a stage older than {@code version}; oldest first. */
    List<Article> articlesToEnrich(int version, int limit);

    /** In one transaction: replaces each article's enrichment, hashtags, entities and quotes. */
    void saveEnrichments(List<Enrichment> enrichments, int version);

    Optional<Enrichment> enrichment(long articleId);

    /** The hashtags of a story's articles, most carried first. */
    List<TagCount> storyTags(long storyId, int limit);

    /** Stories with an article carrying {@code tag}, latest update first. */
    List<StorySummary> storiesWithTag(String tag, int limit);

    /**
     * Tags rising fastest: articles carrying each in the 24 hours before {@code now} against its daily average
     * over the 7 days before that; only tags on at least {@code minArticles} articles in the last day.
     */
    List<TagTrend> trendingTags(Instant now, int minArticles, int limit);

    Optional<EntitySummary> entity(String key);

    /** Stories with an article naming the entity, latest update first. */
    List<StorySummary> storiesWithEntity(String key, int limit);

    /** The entities of a story's articles, most mentioned first. */
    List<EntitySummary> storyEntities(long storyId, int limit);

    /** Quotes whose speaker is the entity, newest first. */
    List<SpeakerQuote> quotesBy(String speakerKey, int limit);

    /** Quotes in a story's articles, newest first. */
    List<SpeakerQuote> storyQuotes(long storyId, int limit);
}
