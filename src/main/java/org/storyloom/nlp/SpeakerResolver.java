package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves speakers within one article: a surname to the full name met earlier ("Shoigu" is Sergei Shoigu), a
 * pronoun or a definite description ("he", "the former defense minister") to the person who spoke last. Holds
 * the state of one article; make one per article.
 */
final class SpeakerResolver {

    /** A full name met in the article. */
    private record Name(String text, String first, String last, int start) {}

    private final List<Name> names = new ArrayList<>();
    private @Nullable String lastPerson;
    private @Nullable String lastOrganization;

    SpeakerResolver(String text) {
        int body = 0;
        List<int[]> paragraphs = QuoteSpans.paragraphs(text);
        if (paragraphs.size() > 1
                && QuoteSpans.isHeadline(text, paragraphs.get(0)[0], paragraphs.get(0)[1])) {
            body = paragraphs.get(0)[1]; // a headline's capitals make false names ("Obama Sees ...")
        }
        List<SpeakerPhrases.Word> words = SpeakerPhrases.words(text, body, text.length());
        int i = words.size() - 1;
        List<Name> backwards = new ArrayList<>();
        while (i >= 0) {
            if (!SpeakerPhrases.isNameWord(words.get(i))) {
                i--;
                continue;
            }
            int start = SpeakerPhrases.chunkStart(words, i);
            List<SpeakerPhrases.Word> chunk = words.subList(start, i + 1);
            SpeakerMention m = SpeakerPhrases.read(chunk);
            if (m != null && m.kind() == SpeakerMention.Kind.PERSON && m.text().indexOf(' ') > 0) {
                String[] parts = m.text().split(" ");
                backwards.add(new Name(m.text(), key(parts[0]), key(parts[parts.length - 1]), m.start()));
            }
            i = start - 1;
        }
        for (int k = backwards.size() - 1; k >= 0; k--) {
            names.add(backwards.get(k));
        }
    }

    /** The speaker a mention at offset {@code at} stands for; {@code null} for a pronoun with no antecedent. */
    @Nullable
    String resolve(SpeakerMention mention, int at) {
        return switch (mention.kind()) {
            case PERSON -> person(mention.text(), at);
            case ORGANIZATION -> mention.text();
            case PRONOUN -> pronoun(mention.text());
            case DESCRIPTION -> description(mention.text());
        };
    }

    /** Records who spoke, for pronouns and descriptions that follow. */
    void spoke(String speaker, SpeakerMention.Kind kind) {
        if (SpeakerWords.PRONOUNS.contains(key(speaker))) {
            return;
        }
        if (kind == SpeakerMention.Kind.ORGANIZATION) {
            lastOrganization = speaker;
        } else if (kind != SpeakerMention.Kind.DESCRIPTION || speaker.indexOf(' ') < 0) {
            lastPerson = speaker;
        }
    }

    @Nullable
    String lastPerson() {
        return lastPerson;
    }

    private String person(String text, int at) {
        String[] parts = text.split(" ");
        if (parts.length > 1) {
            return text;
        }
        String k = key(text);
        @Nullable Name before = null;
        @Nullable Name after = null;
        for (Name n : names) {
            if (n.last().equals(k) || n.first().equals(k)) {
                if (n.start() < at) {
                    before = n;
                } else if (after == null) {
                    after = n;
                }
            }
        }
        if (before != null) {
            return before.text();
        }
        return after == null ? text : after.text();
    }

    private @Nullable String pronoun(String text) {
        String k = key(text);
        if (k.equals("he") || k.equals("she")) {
            return lastPerson == null ? text : lastPerson;
        }
        if (k.equals("they") || k.equals("it")) {
            return lastOrganization == null ? text : lastOrganization;
        }
        return text;
    }

    private String description(String text) {
        String k = key(text);
        String[] words = k.split(" ");
        String head = words[words.length - 1];
        boolean role = SpeakerWords.TITLES.contains(head) || SpeakerWords.ROLES.contains(head);
        boolean definite = k.startsWith("the ") && role && words.length <= 5;
        return definite && lastPerson != null ? lastPerson : text;
    }

    private static String key(String word) {
        return SpeakerWords.key(word).toLowerCase(Locale.ROOT);
    }
}
