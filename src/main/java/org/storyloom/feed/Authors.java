package org.storyloom.feed;

import org.jspecify.annotations.Nullable;

/** Author strings: "Name (email)" when both are known, else whichever is. */
final class Authors {

    private Authors() {}

    static @Nullable String format(@Nullable String name, @Nullable String email) {
        if (name != null && email != null) {
            return name + " (" + email + ")";
        }
        return name != null ? name : email;
    }
}
