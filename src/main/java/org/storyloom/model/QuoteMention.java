package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/**
 * A direct quote in an article: who said it ({@code speaker}, resolved to the fullest name the article gives, and
 * the entity key when the speaker is a known entity), the quoted words, the cue ("said", "told reporters") and the
 * sentence it came from.
 */
public record QuoteMention(String speaker, @Nullable String speakerKey, String text, String cue, String sentence) {}
