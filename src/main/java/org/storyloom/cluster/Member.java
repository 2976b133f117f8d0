package org.storyloom.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article held by an active story, with what clustering and related lookups need of it. */
record Member(
        String id,
        String title,
        Instant published,
        @Nullable String source,
        String copyGroup,
        float[] embedding,
        TermVector terms,
        long seq) {}
