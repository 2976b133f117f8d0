package org.storyloom.nlp;

/** The kinds of named entity Storyloom finds. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE
}
