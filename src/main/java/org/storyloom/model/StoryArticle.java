package org.storyloom.model;

/** An article of a story, with the copy group it belongs to. */
public record StoryArticle(ArticleListing article, long copyGroup) {}
