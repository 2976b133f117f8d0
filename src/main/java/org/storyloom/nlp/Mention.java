package org.storyloom.nlp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mention of a candidate entity in a sentence, with the evidence for its type.
 *
 * @param text the name as written, without titles ("Vladimir Putin")
 * @param words its words
 * @param sentence index of its sentence
 * @param known the gazetteer's entry, when the name is in it
 * @param votes evidence per type
 * @param shortForm a shorter form that also names it ("Foreign Ministry" for "South Korea's Foreign Ministry")
 */
record Mention(
        String text,
        List<String> words,
        int sentence,
        Gazetteer.@Nullable Known known,
        Votes votes,
        @Nullable String shortForm) {

    Mention {
        words = List.copyOf(words);
    }

    boolean isAcronym() {
        return words.size() == 1 && Chunks.isAcronym(words.get(0));
    }
}
