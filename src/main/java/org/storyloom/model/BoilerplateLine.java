package org.storyloom.model;

/** A sentence or short paragraph learned as boilerplate of one source, and in how many of its articles it was seen. */
public record BoilerplateLine(String text, int articles) {}
