package org.storyloom.model;

import java.time.Instant;

/**
 * The summary stage's results for one version of a story, as stored.
 *
 * @param storyId the story
 * @param stageVersion the summary stage's version that made it
 * @param storyUpdated the story's last update when it was made (a later update makes it stale)
 * @param articleCount the story's article count when it was made
 * @param computedAt when it was made
 * @param json the results, as the summary stage serialises them
 */
public record StoredDigest(
        long storyId, int stageVersion, Instant storyUpdated, int articleCount, Instant computedAt, String json) {}
