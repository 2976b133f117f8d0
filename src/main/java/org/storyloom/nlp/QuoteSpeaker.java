package org.storyloom.nlp;

import org.jspecify.annotations.Nullable;

/**
 * The speaker chosen for one quote.
 *
 * @param speaker resolved name, or the mention itself when it cannot be resolved
 * @param mention the phrase by the cue
 * @param cue the cue words, or {@code null} when the speaker is carried over from an earlier quote
 * @param phrase the mention as read, for resolution
 */
record QuoteSpeaker(
        @Nullable String speaker,
        @Nullable String mention,
        @Nullable String cue,
        @Nullable SpeakerMention phrase) {

    static QuoteSpeaker of(SpeakerMention phrase, String cue) {
        return new QuoteSpeaker(phrase.text(), phrase.text(), cue, phrase);
    }

    /** The same speaker for a following quote that has no cue of its own. */
    QuoteSpeaker uncued() {
        return new QuoteSpeaker(speaker, null, null, null);
    }

    /** Resolved within the article, and remembered as the last speaker. */
    QuoteSpeaker resolved(SpeakerResolver resolver) {
        if (phrase == null) {
            return this;
        }
        String name = resolver.resolve(phrase, phrase.start());
        if (name != null) {
            resolver.spoke(name, phrase.kind());
        }
        return new QuoteSpeaker(name, mention, cue, phrase);
    }
}
