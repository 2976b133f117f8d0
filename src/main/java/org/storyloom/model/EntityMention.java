package org.storyloom.model;

import java.util.List;

/**
 * A named entity met in one article: {@code key} links the same entity across articles ("sergei-shoigu"),
 * {@code name} is its canonical name, {@code aliases} the other forms the article used, and {@code salience}
 * (0 to 1) how central it is to the article.
 */
public record EntityMention(String key, String name, EntityKind kind, List<String> aliases, double salience) {

    public EntityMention {
        aliases = List.copyOf(aliases);
    }
}
