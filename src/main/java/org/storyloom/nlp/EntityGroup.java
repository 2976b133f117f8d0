package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The mentions of one entity in one article, gathered while resolving. Mutable; used by one thread. */
final class EntityGroup {

    private final Gazetteer.@Nullable Known known;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private Votes votes = Votes.NONE;
    private String fullest;
    private int fullestWords;

    EntityGroup(Mention first) {
        this.known = first.known();
        this.fullest = first.text();
        this.fullestWords = first.words().size();
        add(first);
    }

    void add(Mention m) {
        mentions.add(m);
        aliases.add(m.text());
        votes = votes.plus(m.votes());
        if (m.words().size() > fullestWords) {
            fullest = m.text();
            fullestWords = m.words().size();
        }
    }

    @Nullable
    EntityType type() {
        return known != null ? known.type() : votes.winner(2);
    }

    boolean leansPerson() {
        return known == null && votes.person() > 0 && votes.person() >= votes.organization() + votes.place();
    }

    String name() {
        return known != null ? known.name() : fullest;
    }

    /** The words of the fullest form met. */
    List<String> fullWords() {
        for (Mention m : mentions) {
            if (m.text().equals(fullest)) {
                return m.words();
            }
        }
        return List.of(fullest);
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<String> aliases() {
        return List.copyOf(aliases);
    }

    @Nullable
    String shortForm() {
        for (Mention m : mentions) {
            if (m.shortForm() != null) {
                return m.shortForm();
            }
        }
        return null;
    }
}
