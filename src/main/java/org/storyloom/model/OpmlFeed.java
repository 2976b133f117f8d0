package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/** One subscription of an OPML file; {@code category} is the path of enclosing outlines joined by "/". */
public record OpmlFeed(
        String xmlUrl,
        @Nullable String title,
        @Nullable String htmlUrl,
        @Nullable String category) {}
