package org.storyloom.nlp;

/**
 * A speaker as a sentence names it.
 *
 * @param text the name as written, titles removed ("Vladimir Putin"), or the whole phrase ("the former defense
 *     minister", "he", "South Korea's Foreign Ministry")
 * @param kind what sort of speaker the words name
 * @param start offset of the name in the analysed text
 * @param phraseStart offset of the whole phrase, titles and determiners included
 */
record SpeakerMention(String text, Kind kind, int start, int phraseStart) {

    enum Kind {
        PERSON,
        ORGANIZATION,
        PRONOUN,
        DESCRIPTION
    }

    /** Whether the mention names a news outlet ("Kremlin newswire Tass", "the state news agency KCNA"). */
    boolean isOutlet() {
        if (kind != Kind.ORGANIZATION && kind != Kind.DESCRIPTION) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '-') {
                if (i > start && SpeakerWords.OUTLETS.contains(SpeakerWords.key(text.substring(start, i)))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
