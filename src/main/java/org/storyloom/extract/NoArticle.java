package org.storyloom.extract;

/** The page holds no article: not an article page, empty, a paywalled stub, or unreadable input. */
public record NoArticle(String reason) implements Extraction {}
