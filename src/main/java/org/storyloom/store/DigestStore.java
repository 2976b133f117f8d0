package org.storyloom.store;

import java.util.List;
import java.util.Optional;
import org.storyloom.model.StoredDigest;
import org.storyloom.model.StorySummary;

/** The cached summaries of stories: one digest per story, replaced when the story changes. */
public interface DigestStore {

    /**
     * Stories with no digest, or one made for an older version of the story or by an older stage version; most
     * recently updated first.
     */
    List<StorySummary> storiesToDigest(int stageVersion, int limit);

    /** Stores a story's digest, replacing any earlier one; ignored when the story no longer exists. */
    void saveDigest(StoredDigest digest);

    /** The stored digest of a story, current or stale. */
    Optional<StoredDigest> digest(long storyId);
}
