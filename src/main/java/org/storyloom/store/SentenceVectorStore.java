package org.storyloom.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.storyloom.model.StorySummary;

/**
 * Sentence vectors made ahead of readers' questions, keyed by a hash of the sentence (the caller's), and which
 * story versions have all of theirs. Vectors are opaque bytes here.
 */
public interface SentenceVectorStore {

    /**
     * Stories updated since {@code since} whose current version has not been marked as having all its vectors,
     * most recently updated first.
     */
    List<StorySummary> storiesToVectorize(Instant since, int limit);

    /** The stored vectors among the given keys; keys with none are absent from the map. */
    Map<Long, byte[]> sentenceVectors(Collection<Long> keys);

    /** Stores vectors by key, replacing any stored under the same key. */
    void saveSentenceVectors(Map<Long, byte[]> vectors, Instant madeAt);

    /** Marks a story version as having all its sentence vectors; ignored when the story no longer exists. */
    void markStoryVectorized(StorySummary story);

    /** Deletes the vectors made before {@code before}; returns how many. */
    int pruneSentenceVectors(Instant before);
}
