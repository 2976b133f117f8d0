package org.storyloom.cluster;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param started true when it started a new story
 * @param similarity its similarity to the story it joined (1 for a copy, 0 for a new story)
 */
public record Placement(String articleId, String storyId, boolean started, double similarity) {}
