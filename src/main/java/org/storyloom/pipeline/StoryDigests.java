package org.storyloom.pipeline;

import java.util.Optional;
import org.storyloom.model.StoredDigest;
import org.storyloom.store.Store;
import org.storyloom.summary.StoryDigest;

/** Reads the stored digests of stories for the pages; a page never computes one. */
public final class StoryDigests {

    private final Store store;
    private final DigestCodec codec = new DigestCodec();

    public StoryDigests(Store store) {
        this.store = store;
    }

    /** The story's latest stored digest (it may lag the story by one worker pass), if one was made. */
    public Optional<StoryDigest> of(long storyId) {
        Optional<StoredDigest> stored = store.digest(storyId);
        return stored.flatMap(d -> codec.read(storyId, d.json()));
    }
}
