package org.storyloom.summary;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article as the summary stage reads it.
 *
 * @param id the article's id, which every citation names
 * @param title its headline (may be empty)
 * @param text its plain body text, paragraphs separated by line breaks
 * @param published when it was published, when known; relative dates resolve against it
 * @param source the outlet's name (may be empty)
 */
public record SourceArticle(
        String id, String title, String text, @Nullable Instant published, String source) {}
