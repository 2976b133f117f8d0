package org.storyloom.nlp;

import org.jspecify.annotations.Nullable;

/**
 * A direct quote and who said it.
 *
 * @param speaker who said it, resolved to the fullest name the article gives ("Sergei Shoigu" for "Shoigu", "he"
 *     or "the former defense minister"); {@code null} when the article does not say
 * @param mention the speaker as the quote's own sentence names them ("the former defense minister", "he"), or
 *     {@code null}
 * @param text the quoted words without the quotation marks; a quote carried over several paragraphs or interrupted
 *     by its cue ("A," she said. "B.") is joined with single spaces
 * @param cue the cue as written ("said", "told", "according to", "reported"), or {@code null}
 * @param sentence the sentence or sentences the quote stands in, with its cue
 * @param start offset of the first quoted character in the analysed text
 * @param end offset just past the last quoted character in the analysed text
 */
public record Quote(
        @Nullable String speaker,
        @Nullable String mention,
        String text,
        @Nullable String cue,
        String sentence,
        int start,
        int end) {}
