package org.storyloom.dedup;

import java.time.Duration;

/**
 * Duplicate detection settings.
 *
 * @param window how long an article stays in the index after its publication (eviction by time)
 * @param maxEntries hard cap on indexed articles; the oldest go first
 * @param shingleWords words per shingle
 * @param bands LSH bands
 * @param rows signature values per band
 * @param threshold estimated Jaccard similarity of body shingles at and above which two articles are copies
 * @param minWords bodies shorter than this are only matched exactly (too little text to judge a rewrite)
 */
public record DedupConfig(
        Duration window, int maxEntries, int shingleWords, int bands, int rows, double threshold, int minWords) {

    public DedupConfig {
        if (window.isNegative() || maxEntries < 1 || shingleWords < 1 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("dedup: invalid configuration");
        }
    }

    /**
     * Three-day window, 4-word shingles, 32 bands of 4 rows (a pair at Jaccard 0.5 is a candidate with
     * probability 0.87, at 0.3 with 0.23), copies from an estimated Jaccard of 0.5 on.
     */
    public static DedupConfig defaults() {
        return new DedupConfig(Duration.ofDays(3), 200_000, 4, 32, 4, 0.5, 25);
    }
}
