package org.storyloom.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One matching article: enough to list it without a store lookup.
 *
 * @param score the ranking score: BM25 for text, similarity for vectors, the fused score for hybrid search
 * @param title the whole headline, matches marked
 * @param snippet the best passages of the text, matches marked; the text's start when nothing in it matched
 */
public record SearchHit(
        long articleId,
        double score,
        long sourceId,
        String sourceName,
        @Nullable Instant published,
        Highlighted title,
        Highlighted snippet) {}
