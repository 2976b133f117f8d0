package org.storyloom.nlp;

import java.util.List;

/**
 * A text analysed once, to be shared by the stages that read it (entities, quotes, hashtags).
 *
 * @param text the analysed text; offsets of sentences and tokens point into it
 * @param language ISO 639-1 code of the text's language, "und" when unclear
 * @param sentences its sentences
 * @param tokens the tokens of each sentence, parallel to {@code sentences}
 */
public record Analysis(String text, String language, List<Sentence> sentences, List<List<Token>> tokens) {

    public Analysis {
        sentences = List.copyOf(sentences);
        tokens = tokens.stream().map(List::copyOf).toList();
        if (sentences.size() != tokens.size()) {
            throw new IllegalArgumentException("nlp: one token list per sentence");
        }
    }
}
