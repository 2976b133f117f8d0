package org.storyloom.nlp;

import org.jspecify.annotations.Nullable;

/**
 * Who reports something, and through whom: "Sergei Shoigu said ..., Tass reported" is reporter Sergei Shoigu via
 * Tass; "South Korea's Foreign Ministry said in a statement" is reporter South Korea's Foreign Ministry via a
 * statement; "Tass reported" alone is reporter Tass with no intermediary.
 *
 * @param reporter who speaks or reports (a person, an organisation or an outlet)
 * @param via the outlet or medium that carries it ("Tass", "European Pravda", "a statement"), or {@code null}
 * @param cue the reporting words as written ("reported", "as reported by", "said in a statement")
 * @param sentence the sentence the attribution stands in
 * @param start offset of the sentence in the analysed text
 */
public record Attribution(String reporter, @Nullable String via, String cue, String sentence, int start) {}
