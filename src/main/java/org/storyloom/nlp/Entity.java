package org.storyloom.nlp;

import java.util.List;

/**
 * A person, organisation or place named in an article.
 *
 * @param name canonical name: the gazetteer's name, else the fullest form met ("Sergei Shoigu")
 * @param type person, organisation or place
 * @param aliases the distinct forms met in the article, in order of first use ("Sergei Shoigu", "Shoigu")
 * @param salience how central the entity is to the article, in (0, 1]; the most salient entity has 1
 * @param key canonical key, equal for the same entity across articles and stories ("person:kimjongun")
 */
public record Entity(String name, EntityType type, List<String> aliases, double salience, String key) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
