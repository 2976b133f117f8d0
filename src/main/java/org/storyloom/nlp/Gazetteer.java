package org.storyloom.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The curated word lists: places, organisations, demonyms and given names (resources beside this class). */
final class Gazetteer {

    /** A name the gazetteer knows, with its canonical form and type. */
    record Known(String name, EntityType type) {}

    private final Map<String, Known> names;
    private final Map<String, Known> upperNames;
    private final Set<String> demonyms;
    private final Set<String> givenNames;

    private Gazetteer(Map<String, Known> names, Set<String> demonyms, Set<String> givenNames) {
        this.names = Map.copyOf(names);
        Map<String, Known> upper = new HashMap<>();
        names.forEach((k, v) -> upper.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
        this.upperNames = Map.copyOf(upper);
        this.demonyms = Set.copyOf(demonyms);
        this.givenNames = Set.copyOf(givenNames);
    }

    static Gazetteer load() {
        Map<String, Known> names = new HashMap<>();
        addNames(names, "places.txt", EntityType.PLACE);
        addNames(names, "organizations.txt", EntityType.ORGANIZATION);
        Set<String> demonyms = new HashSet<>(lines("demonyms.txt"));
        Set<String> given = new HashSet<>();
        for (String line : lines("given-names.txt")) {
            given.addAll(List.of(line.split("\\s+")));
        }
        return new Gazetteer(names, demonyms, given);
    }

    private static void addNames(Map<String, Known> names, String resource, EntityType type) {
        for (String line : lines(resource)) {
            String[] forms = line.split("\\|");
            Known known = new Known(forms[0].strip(), type);
            for (String form : forms) {
                names.putIfAbsent(normal(form.strip()), known);
            }
        }
    }

    private static List<String> lines(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("nlp: resource " + resource + " is missing");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nlp: cannot read " + resource, e);
        }
        return out;
    }

    /** Typographic apostrophes and a leading "the" do not change a name. */
    static String normal(String name) {
        String s = name.replace('’', '\'');
        return s.startsWith("the ") ? "The " + s.substring(4) : s;
    }

    /** The entry for a name, exactly as capitalised, or null. */
    @Nullable
    Known find(String name) {
        String n = normal(name);
        Known k = names.get(n);
        if (k == null && n.startsWith("The ")) {
            k = names.get(n.substring(4));
        }
        if (k == null && n.length() > 4 && n.equals(n.toUpperCase(Locale.ROOT))) {
            k = upperNames.get(n);
        }
        return k;
    }

    boolean isDemonym(String words) {
        return demonyms.contains(words);
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }
}
