package org.storyloom.web.view;

/** A related article or story with the reason it is related; {@code href} is a local path. */
public record RelatedRow(String href, String title, String sourceName, String reason) {}
