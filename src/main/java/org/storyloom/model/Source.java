package org.storyloom.model;

import org.jspecify.annotations.Nullable;

/** A publisher: the outlet behind one or more feeds. */
public record Source(long id, String name, @Nullable String homePage) {}
