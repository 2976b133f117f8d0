package org.storyloom.dedup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What duplicate detection needs of an article: its id, address, title, body text and time. */
public record DedupInput(String id, @Nullable String url, String title, String text, Instant published) {}
