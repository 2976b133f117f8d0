package org.storyloom.web.view;

import org.jspecify.annotations.Nullable;

/**
 * A quote with its speaker (linked when the speaker is a known entity), the cue, and the article it came from.
 */
public record QuoteRow(
        String speaker,
        @Nullable String speakerHref,
        String text,
        String cue,
        long articleId,
        String articleTitle,
        String sourceName) {}
