package org.storyloom.model;

import java.time.Instant;

/** A stored quote with the article it came from, for entity and story pages. */
public record SpeakerQuote(
        QuoteMention quote, long articleId, String articleTitle, String sourceName, Instant shownAt) {}
