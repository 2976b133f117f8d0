package org.storyloom.web.view;

/** One headline of a list: links to {@code /articles/{id}}. */
public record ArticleRow(long id, String title, String sourceName, TimeView time) {}
