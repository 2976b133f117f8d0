package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/** A subscribed feed and its fetch state. */
public record Feed(
        long id,
        long sourceId,
        String url,
        @Nullable String title,
        @Nullable String siteUrl,
        @Nullable String category,
        FeedState state) {}
