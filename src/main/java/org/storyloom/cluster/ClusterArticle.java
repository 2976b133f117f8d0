package org.storyloom.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article as clustering sees it.
 *
 * @param id the article's id
 * @param title its title (may be empty)
 * @param text its body or lead (may be empty)
 * @param published when it was published (or fetched, when the feed gave no date)
 * @param source the outlet, for source counts and varied related lists
 * @param copyGroup the copy group dedup put it in (its own id when unique)
 * @param embedding its unit embedding of title plus lead
 */
public record ClusterArticle(
        String id,
        String title,
        String text,
        Instant published,
        @Nullable String source,
        String copyGroup,
        float[] embedding) {}
