package org.storyloom.web.view;

/** A citation: the outlet's name, linking to its article. */
public record SourceLink(String name, String href) {}
