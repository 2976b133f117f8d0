package org.storyloom.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article held by an active story, with what clustering and related lookups need of it.
 *
 * @param hasText whether the article came with a body, not just a title: only running text says reliably which
 *     words are names (headlines are often in title case)
 * @param year the latest year its title and text name ({@link EventYear}), or {@link EventYear#NONE}
 */
record Member(
        String id,
        String title,
        Instant published,
        @Nullable String source,
        String copyGroup,
        float[] embedding,
        TermVector terms,
        long seq,
        boolean hasText,
        int year) {}
