package org.storyloom.model;

import java.time.Instant;

/** A story as lists show it: the event many articles are about, with its representative headline. */
public record StorySummary(
        long id,
        String headline,
        long leadArticle,
        Instant firstSeen,
        Instant lastUpdated,
        int articleCount,
        int sourceCount) {}
