package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves speakers within one article: a surname to the full name met earlier ("Shoigu" is Sergei Shoigu), a
 * pronoun or a definite description ("he", "the former defense minister") to the person who spoke last, unless
 * the article gives that person the other gender ("she" skips back past "Mr. Smith"; "the businessman" is not
 * "Mrs. Clinton", nor a person already called "she", and stays a description). Holds
 * the state of one article; make one per article.
 */
final class SpeakerResolver {

    /** A full name met in the article. */
    private record Name(String text, String first, String last, int start) {}

    /** How far around a surname to look for the full name it belongs to. */
    private static final int WINDOW = 80;

    private final String text;
    /** Where the body starts: a headline's capitals make false names ("Obama Sees ..."). */
    private final int body;

    private final Map<String, List<Name>> names = new HashMap<>();
    /** The people who spoke, in order; the last spoke last. */
    private final List<String> people = new ArrayList<>();

    private final Genders genders;
    private @Nullable String lastOrganization;

    SpeakerResolver(String text) {
        this.text = text;
        this.genders = new Genders(text);
        List<int[]> paragraphs = QuoteSpans.paragraphs(text);
        boolean headline = paragraphs.size() > 1
                && QuoteSpans.isHeadline(text, paragraphs.get(0)[0], paragraphs.get(0)[1]);
        this.body = headline ? paragraphs.get(0)[1] : 0;
    }

    /** Full names in the article that end or start with {@code word}, in text order (cached per word). */
    private List<Name> names(String word) {
        List<Name> cached = names.get(word);
        if (cached != null) {
            return cached;
        }
        List<Name> found = new ArrayList<>();
        String k = key(word);
        for (int at = text.indexOf(word, body); at >= 0; at = text.indexOf(word, at + word.length())) {
            List<SpeakerPhrases.Word> words =
                    SpeakerPhrases.words(text, Math.max(body, at - WINDOW), Math.min(text.length(), at + WINDOW));
            int i = 0;
            while (i < words.size() && words.get(i).end() <= at) {
                i++;
            }
            if (i == words.size() || words.get(i).start() != at || !SpeakerPhrases.isNameWord(words.get(i))) {
                continue; // inside another word, or not a name here
            }
            int last = i;
            while (last + 1 < words.size()
                    && SpeakerPhrases.isNameWord(words.get(last + 1))
                    && words.get(last + 1).start() - words.get(last).end() == 1) {
                last++;
            }
            SpeakerMention m = SpeakerPhrases.read(words.subList(SpeakerPhrases.chunkStart(words, last), last + 1));
            if (m != null && m.kind() == SpeakerMention.Kind.PERSON && m.text().indexOf(' ') > 0) {
                String[] parts = m.text().split(" ");
                Name name = new Name(m.text(), key(parts[0]), key(parts[parts.length - 1]), m.start());
                if (name.last().equals(k) || name.first().equals(k)) {
                    found.add(name);
                }
            }
        }
        names.put(word, found);
        return found;
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
            people.remove(speaker);
            people.add(speaker);
        }
    }

    @Nullable
    String lastPerson() {
        return people.isEmpty() ? null : people.get(people.size() - 1);
    }

    /** The person who spoke last and is not known to be of the other gender than the one asked for. */
    private @Nullable String lastPerson(Genders.Gender gender) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Genders.Gender known = genders.of(people.get(i));
            if (gender == Genders.Gender.UNKNOWN || known == Genders.Gender.UNKNOWN || known == gender) {
                return people.get(i);
            }
        }
        return null;
    }

    private String person(String text, int at) {
        String[] parts = text.split(" ");
        if (parts.length > 1) {
            return text;
        }
        String k = key(text);
        @Nullable Name before = null;
        @Nullable Name after = null;
        for (Name n : names(text)) {
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
            Genders.Gender gender = k.equals("he") ? Genders.Gender.MALE : Genders.Gender.FEMALE;
            String person = lastPerson(gender);
            if (person == null) {
                return text;
            }
            genders.heard(person, gender);
            return person;
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
        String person = lastPerson();
        if (!definite || person == null) {
            return text;
        }
        Genders.Gender said = Genders.ofWord(head);
        Genders.Gender known = genders.of(person);
        boolean other = said != Genders.Gender.UNKNOWN && known != Genders.Gender.UNKNOWN && said != known;
        return other ? text : person; // "the New York businessman" is not the woman who spoke last
    }

    private static String key(String word) {
        return SpeakerWords.key(word).toLowerCase(Locale.ROOT);
    }
}
