package org.storyloom.model;

/** A hashtag with how many articles carry it in some scope (a story, a day). */
public record TagCount(String tag, int articles) {}
