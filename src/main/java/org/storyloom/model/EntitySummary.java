package org.storyloom.model;

/** An entity across the whole store: its key, most used name and kind, and how many articles mention it. */
public record EntitySummary(String key, String name, EntityKind kind, int articles) {}
