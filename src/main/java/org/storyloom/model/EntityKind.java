package org.storyloom.model;

import java.util.Locale;

/** What a named entity is: a person, an organisation or a place. */
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    PLACE;

    /** The lower-case word the API and pages use: "person", "organization", "place". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a label as {@link #label()} writes it, or for the enum name. */
    public static EntityKind of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
