package org.storyloom.summary.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyloom.summary.CitedSentence;

/**
 * Rewrites already made, per story version and task, least recently used evicted first; an empty list records a
 * reply that kept no cited sentence, so that story version is not asked again either. Thread-safe.
 */
final class RewriteCache {

    /**
     * What a rewrite is for.
     *
     * @param storyId the story
     * @param version the story's version: a new version asks again
     * @param task {@code brief}, or the question asked, normalised
     */
    record Key(String storyId, long version, String task) {}

    private final int capacity;
    private final Map<Key, List<CitedSentence>> entries;

    RewriteCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("llm: the cache needs room for one entry at least");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized Optional<List<CitedSentence>> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, List<CitedSentence> rewrite) {
        entries.put(key, List.copyOf(rewrite));
        var eldest = entries.entrySet().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
