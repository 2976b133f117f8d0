package org.storyloom.cluster;

import java.time.Duration;

/**
 * Story clustering settings: one configuration serves every kind of input.
 *
 * @param window stories not updated for this long leave the active set
 * @param embeddingWeight share of embedding cosine in the similarity; the rest is key-term cosine
 * @param joinThreshold an article joins the most similar story at or above this similarity, else starts one
 * @param mergeThreshold two stories whose centroids are this similar become one in the periodic pass
 * @param splitThreshold a story whose two halves are less similar than this splits in the periodic pass
 * @param minSplitSize the smallest part a split may leave
 * @param timeGrace no time penalty within this distance from a story's time span
 * @param timePenaltyPerDay similarity taken off per day beyond the grace
 * @param nameBoost weight factor for terms written as names
 * @param leadWords body words that count as the lead
 * @param candidateTerms an article's heaviest terms used to look up candidate stories
 * @param maxCandidates stories scored in full per article
 * @param storyTerms a story's heaviest terms kept in the candidate index
 */
public record ClusterConfig(
        Duration window,
        double embeddingWeight,
        double joinThreshold,
        double mergeThreshold,
        double splitThreshold,
        int minSplitSize,
        Duration timeGrace,
        double timePenaltyPerDay,
        double nameBoost,
        int leadWords,
        int candidateTerms,
        int maxCandidates,
        int storyTerms) {

    public ClusterConfig {
        if (window.isNegative() || embeddingWeight < 0 || embeddingWeight > 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("cluster: invalid configuration");
        }
    }

    /** The configuration the quality gates hold. */
    public static ClusterConfig defaults() {
        return new ClusterConfig(
                Duration.ofDays(3), 0.5, 0.27, 0.45, 0.25, 3, Duration.ofHours(12), 0.1, 1.5, 80, 12, 40, 30);
    }

    /** The same settings with another window. */
    public ClusterConfig withWindow(Duration newWindow) {
        return new ClusterConfig(
                newWindow,
                embeddingWeight,
                joinThreshold,
                mergeThreshold,
                splitThreshold,
                minSplitSize,
                timeGrace,
                timePenaltyPerDay,
                nameBoost,
                leadWords,
                candidateTerms,
                maxCandidates,
                storyTerms);
    }
}
