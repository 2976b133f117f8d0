package org.storyloom.cluster;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a story.
 *
 * @param id stable as the story grows: the id of the article that started it (absorbed stories' ids go away)
 * @param headline the title of the lead article
 * @param leadArticle the article closest to the story's centroid (ties: the earlier)
 * @param firstSeen earliest publication time of its articles
 * @param lastUpdated latest publication time of its articles
 * @param articleCount its articles
 * @param sourceCount distinct outlets among them
 * @param copyGroups its copy groups, largest first
 * @param keyTerms its heaviest terms, as written
 */
public record Story(
        String id,
        String headline,
        String leadArticle,
        Instant firstSeen,
        Instant lastUpdated,
        int articleCount,
        int sourceCount,
        List<CopyGroup> copyGroups,
        List<String> keyTerms) {

    /** The articles of one copy group within a story, in arrival order, with the outlets that ran them. */
    public record CopyGroup(String id, List<String> articleIds, List<String> sources) {}
}
