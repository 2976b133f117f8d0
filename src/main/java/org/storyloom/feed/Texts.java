package org.storyloom.feed;

import org.jspecify.annotations.Nullable;

/** Trims text values and turns blank ones into null. */
final class Texts {

    private Texts() {}

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
