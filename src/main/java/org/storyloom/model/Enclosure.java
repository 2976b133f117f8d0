package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/** A media file attached to a feed entry (podcast audio, image, video). Length is -1 when unknown. */
public record Enclosure(String url, @Nullable String type, long length) {}
