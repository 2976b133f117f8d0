package org.storyloom.summary;

import java.util.List;

/**
 * A sentence the summary stage shows, with where it came from.
 *
 * @param text the sentence as shown
 * @param articleId the article it was taken from
 * @param sentence its position among that article's sentences, from 0
 * @param sources every article that reports it, the one it was taken from first
 */
public record CitedSentence(String text, String articleId, int sentence, List<String> sources) {

    public CitedSentence {
        sources = List.copyOf(sources);
    }
}
