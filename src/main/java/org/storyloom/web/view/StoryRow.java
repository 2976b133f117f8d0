package org.storyloom.web.view;

/** One story in a list: links to {@code /stories/{id}}. */
public record StoryRow(long id, String headline, int articleCount, int sourceCount, TimeView updated) {}
