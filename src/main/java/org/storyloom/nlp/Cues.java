package org.storyloom.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Word lists for the type cues (resource cues.txt): titles, roles, organisation and place heads, verbs of saying. */
final class Cues {

    private static final Map<String, Set<String>> LISTS = load();

    /** Capitalised titles that precede a person's name and are not part of it. */
    static final Set<String> TITLES = list("TITLES");

    /** Lower-case role nouns: "leader Kim Jong Un", "Sergei Shoigu, secretary of ...". */
    static final Set<String> ROLES = list("ROLES");

    /** Words that end an organisation's name. */
    static final Set<String> ORG_HEADS = list("ORG_HEADS");

    /** Words that end a place's name. */
    static final Set<String> PLACE_HEADS = list("PLACE_HEADS");

    /** Lower-case words that follow a place's name: "the Kursk region". */
    static final Set<String> PLACE_AFTER = list("PLACE_AFTER");

    /** Heads before "of": "Ministry of Defence", "Gulf of Mexico", "University of Texas". */
    static final Set<String> OF_HEADS = list("OF_HEADS");

    /** Generic words of a government body's name, kept with their possessor: "South Korea's Foreign Ministry". */
    static final Set<String> GENERIC_BODY = list("GENERIC_BODY");

    /** Verbs of saying, as written after or before a speaker. */
    static final Set<String> SAY = list("SAY");

    /** Prepositions before a place: "in Kursk", "near Bakhmut". */
    static final Set<String> PLACE_BEFORE = list("PLACE_BEFORE");

    /** Last words of names of events, competitions, works and laws, which are not entities here. */
    static final Set<String> NOT_ENTITY_HEADS = list("NOT_ENTITY_HEADS");

    /** Capitalised words that are never an entity by themselves here. */
    static final Set<String> NOT_NAMES = list("NOT_NAMES");

    /** Capitalised words that name a time, not an entity. */
    static final Set<String> TIME_WORDS = list("TIME_WORDS");

    /** Lower-case words after a team's name: "Chelsea manager Jose Mourinho", "the Valencia striker". */
    static final Set<String> CLUB_ROLES = list("CLUB_ROLES");

    /** Lower-case nouns before an organisation's name: "controversial firm G4S", "news agency KCNA". */
    static final Set<String> ORG_NOUNS = list("ORG_NOUNS");

    private Cues() {}

    private static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("nlp: cues.txt has no list " + name);
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        InputStream in = Cues.class.getResourceAsStream("cues.txt");
        if (in == null) {
            throw new IllegalStateException("nlp: resource cues.txt is missing");
        }
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> current = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = new HashSet<>();
                    lists.put(s.substring(1, s.length() - 1), current);
                } else if (!s.isEmpty() && !s.startsWith("#")) {
                    current.addAll(Arrays.asList(s.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nlp: cannot read cues.txt", e);
        }
        Map<String, Set<String>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }
}
