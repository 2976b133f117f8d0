package org.storyloom.model;

/** Which body a reader sees: the feed's own content, or the article extracted from the page. */
public enum ShownBody {
    FEED,
    PAGE
}
