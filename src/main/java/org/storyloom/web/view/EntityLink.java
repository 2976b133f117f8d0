package org.storyloom.web.view;

/** A person, organisation or place as a link to its page; {@code kind} is "person", "organization" or "place". */
public record EntityLink(String name, String kind, String href) {}
