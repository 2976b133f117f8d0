package org.storyloom.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article says of a person's gender: the gendered word written just before the person's name ("Mrs.
 * Clinton", "Trump spokeswoman Jessica Ditto", "his wife, Ana") or opening an appositive after it ("Smith, a
 * congressman from Ohio,"), counted over the name's occurrences, else the pronoun the person was called by.
 * Unknown when the article says nothing or says both. General English words only. Holds one article's answers; make one per article.
 */
final class Genders {

    enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    private static final Set<String> MALE = set("""
            mr businessman congressman chairman spokesman assemblyman councilman alderman father son brother
            husband king prince actor man sir lord uncle grandfather boy gentleman widower
            """);
    private static final Set<String> FEMALE = set("""
            mrs ms miss businesswoman congresswoman chairwoman spokeswoman assemblywoman councilwoman mother
            daughter sister wife queen princess actress woman lady dame aunt grandmother girl widow madam
            """);
    /** How far before or after a name its gendered word may stand. */
    private static final int REACH = 40;

    private final String text;
    private final Map<String, Gender> known = new HashMap<>();
    /** Genders learnt from the pronoun a person was called by ("she said", resolved to the person). */
    private final Map<String, Gender> heard = new HashMap<>();

    Genders(String text) {
        this.text = text;
    }

    /**
     * The gender of a person named {@code name} ("Jessica Ditto" or "Ditto") in this article: what the words
     * around the name say, else the pronoun the person was last called by.
     */
    Gender of(String name) {
        Gender written = known.computeIfAbsent(name, this::find);
        return written != Gender.UNKNOWN ? written : heard.getOrDefault(name, Gender.UNKNOWN);
    }

    /** Records that a pronoun of the given gender was resolved to the person. */
    void heard(String name, Gender gender) {
        heard.put(name, gender);
    }

    /** Whether the word (a description's head, "businessman") names a gender, and which. */
    static Gender ofWord(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return MALE.contains(k) ? Gender.MALE : FEMALE.contains(k) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private Gender find(String name) {
        String[] parts = name.split(" ");
        String last = parts[parts.length - 1];
        int male = 0;
        int female = 0;
        for (int at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length())) {
            int end = at + last.length();
            if (!wordAt(at, end)) {
                continue;
            }
            int from = at;
            if (parts.length > 1) {
                int first = text.lastIndexOf(parts[0], at);
                if (first >= 0 && at - first <= name.length() + 2 && first < at) {
                    from = first;
                }
            }
            Gender g = nearby(from, end);
            male += g == Gender.MALE ? 1 : 0;
            female += g == Gender.FEMALE ? 1 : 0;
        }
        if (male > 0 && female == 0) {
            return Gender.MALE;
        }
        return female > 0 && male == 0 ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private boolean wordAt(int at, int end) {
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
        return before && after;
    }

    /** The gender said by the word just before the name, or by the first words of an appositive after it. */
    private Gender nearby(int from, int end) {
        String[] before = text.substring(Math.max(0, from - REACH), from).split("[^\\p{L}]+");
        if (before.length > 0) {
            Gender g = ofWord(before[before.length - 1]);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        if (end + 2 < text.length() && text.charAt(end) == ',') {
            String after = text.substring(end + 1, Math.min(text.length(), end + 1 + REACH));
            int close = after.indexOf(',');
            String[] words =
                    (close >= 0 ? after.substring(0, close) : after).strip().split("[^\\p{L}]+");
            for (int i = 0; i < Math.min(3, words.length); i++) {
                Gender g = ofWord(words[i]);
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private static Set<String> set(String words) {
        return Set.copyOf(Arrays.asList(words.strip().split("\\s+")));
    }
}
