package org.storyloom.web.view;

/** A hashtag as a link to its page: {@code tag} is "#NorthKorea", {@code href} "/tags/NorthKorea". */
public record TagLink(String tag, String href) {}
