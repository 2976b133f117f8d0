package org.storyloom.summary;

import java.util.List;

/**
 * One sentence of one article, with the terms that compare it to others.
 *
 * @param articleId the id of the article it comes from
 * @param article the article's position in the input list
 * @param index the sentence's position in its article, from 0
 * @param text the sentence as written
 * @param terms its content words, lower-cased, stop words dropped, plurals folded, in order (repeats kept)
 */
public record StorySentence(String articleId, int article, int index, String text, List<String> terms) {

    public StorySentence {
        terms = List.copyOf(terms);
    }
}
