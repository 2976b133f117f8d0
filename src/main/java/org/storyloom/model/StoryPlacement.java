package org.storyloom.model;

/**
 * Where an article sits: its story and its copy group (the articles that are copies of one text, e.g. one wire
 * story run by many outlets), with the embedding it was placed by, so a restart can rebuild the window.
 */
public record StoryPlacement(long articleId, long storyId, long copyGroup, float[] embedding) {}
