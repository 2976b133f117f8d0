package org.storyloom.dedup;

/** The outcome of checking one article against the index; every outcome names the article's copy group. */
public sealed interface DedupResult {

    /** The checked article. */
    String id();

    /** The copy group the article belongs to: the id of the group's first article. */
    String copyGroup();

    /** Nothing in the window is a copy: the article starts its own copy group. */
    record Unique(String id) implements DedupResult {
        @Override
        public String copyGroup() {
            return id;
        }
    }

    /** The same canonical URL or the same normalised text as article {@code of}. */
    record ExactCopy(String id, String of, String copyGroup, Match match) implements DedupResult {}

    /** A syndicated copy, light rewrite or re-post of {@code of}, at the estimated Jaccard {@code similarity}. */
    record NearCopy(String id, String of, String copyGroup, double similarity) implements DedupResult {}

    /** What made an exact copy. */
    enum Match {
        URL,
        CONTENT
    }
}
