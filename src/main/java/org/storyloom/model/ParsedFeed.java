package org.storyloom.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A feed document turned into values, whatever its format (RSS, RDF, Atom, JSON Feed). */
public record ParsedFeed(
        String format,
        @Nullable String title,
        @Nullable String link,
        @Nullable String description,
        @Nullable String language,
        List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
