package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Picks 3 to 8 hashtags for an article. Candidates are the article's named entities and its noun phrases (from
 * part-of-speech tags); each is scored by frequency, how early it first appears (the title counts most) and,
 * when a {@link Closeness} is given, how close its meaning is to the article's. The list is then diversified:
 * a candidate that is one spelling of, or a part of, a tag already chosen ("Kim" after "Kim Jong Un") is skipped.
 * Tags are CamelCase and canonical ({@link TagNames}). Pure and thread-safe.
 */
public final class Hashtags {

    /** A named entity offered as a tag: its canonical name, the other forms met, and its salience (0 to 1). */
    public record Named(String name, List<String> aliases, double salience) {}

    /** How close each phrase's meaning is to the article's (cosine, -1 to 1); optional and batch-wise. */
    @FunctionalInterface
    public interface Closeness {
        List<Double> of(List<String> phrases);
    }

    private static final int MAX_TAGS = 8;
    private static final int MIN_TAGS = 3;
    private static final int CLOSENESS_POOL = 12;
    private static final double KEEP_FRACTION = 0.22;
    private static final double TITLE_BONUS = 1.8;
    private static final double NAME_WEIGHT = 1.5;
    private static final double NOUN_WEIGHT = 0.7;
    /** Where an entity counts as first met when no phrase of the text matched it. */
    private static final int UNPLACED = 6;

    private final NounPhrases phrases = new NounPhrases();

    /**
     * Hashtags, best first. {@code title} and {@code sentences} are tagged tokens; {@code names} the entities
     * found in the article; {@code closeness} may be null.
     */
    public List<String> tags(
            List<Token> title, List<List<Token>> sentences, List<Named> names, @Nullable Closeness closeness) {
        Map<String, Candidate> byKey = new HashMap<>();
        Map<String, String> aliasKeys = new HashMap<>();
        for (Named n : names) {
            String key = TagNames.key(n.name());
            if (key.isEmpty()) {
                continue;
            }
            byKey.merge(key, Candidate.named(n.name(), key, n.salience()), Candidate::plus);
            aliasKeys.put(key, key);
            for (String alias : n.aliases()) {
                aliasKeys.putIfAbsent(TagNames.key(alias), key);
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            addPhrases(byKey, aliasKeys, sentences.get(s), s);
        }
        if (!titleCase(title)) {
            addPhrases(byKey, aliasKeys, title, -1);
        }
        String titleWords = " " + String.join(" ", NounPhrases.keyWords(joined(title))) + " ";
        byKey.replaceAll((k, c) -> c.inTitle(titleWords));
        List<Candidate> ranked = rank(new ArrayList<>(byKey.values()), closeness);
        return choose(ranked);
    }

    /**
     * A headline In Title Case tags most words as proper nouns ("North Korean Soldiers Praised"): its phrases are
     * not trusted as candidates, though candidates from the text it names still get the title's bonus.
     */
    private static boolean titleCase(List<Token> title) {
        int words = 0;
        int capitalised = 0;
        for (Token t : title) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    private static String joined(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(t.text()).append(' ');
        }
        return out.toString();
    }

    private void addPhrases(Map<String, Candidate> byKey, Map<String, String> aliasKeys, List<Token> tokens, int at) {
        for (NounPhrases.Phrase p : phrases.find(tokens)) {
            String key = TagNames.key(p.text());
            String entityKey = aliasKeys.get(key);
            if (entityKey != null) {
                byKey.computeIfPresent(entityKey, (k, c) -> c.seen(at));
            } else if (p.proper() || NounPhrases.worthATag(p)) {
                byKey.merge(p.key(), Candidate.phrase(p, at), Candidate::plus);
            }
        }
    }

    private static List<Candidate> rank(List<Candidate> candidates, @Nullable Closeness closeness) {
        candidates.removeIf(c -> !c.eligible());
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::key));
        if (closeness == null || candidates.isEmpty()) {
            return candidates;
        }
        List<Candidate> pool = new ArrayList<>(candidates.subList(0, Math.min(CLOSENESS_POOL, candidates.size())));
        List<Double> near = closeness.of(pool.stream().map(Candidate::display).toList());
        List<Candidate> rescored = new ArrayList<>(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            rescored.add(pool.get(i).scaled(0.5 + Math.max(0, near.get(i))));
        }
        rescored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::key));
        return rescored;
    }

    private static List<String> choose(List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
        for (Candidate c : ranked) {
            if (chosen.size() == MAX_TAGS || (chosen.size() >= MIN_TAGS && c.score() < KEEP_FRACTION * top)) {
                break;
            }
            if (chosen.stream().noneMatch(other -> other.covers(c) || c.covers(other))) {
                chosen.add(c);
            }
        }
        List<String> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            String tag = TagNames.hashtag(c.display());
            if (!tag.isEmpty() && !out.contains(tag)) {
                out.add(tag);
            }
        }
        return out;
    }

    /** A tag candidate: counted occurrences, first position (-1: the title), and kind weight. */
    private record Candidate(
            String display,
            String key,
            List<String> words,
            double weight,
            int count,
            int first,
            boolean titled,
            boolean entity,
            boolean proper) {

        static Candidate named(String name, String key, double salience) {
            return new Candidate(
                    name,
                    key,
                    NounPhrases.keyWords(name),
                    NAME_WEIGHT * (1 + salience),
                    1,
                    UNPLACED,
                    false,
                    true,
                    true);
        }

        static Candidate phrase(NounPhrases.Phrase p, int at) {
            double weight = p.proper() ? NAME_WEIGHT : NOUN_WEIGHT * (p.words().size() > 1 ? 1.3 : 1.0);
            return new Candidate(p.text(), p.key(), p.words(), weight, 1, at, at < 0, false, p.proper());
        }

        Candidate seen(int at) {
            return new Candidate(
                    display, key, words, weight, count + 1, Math.min(first, at), titled || at < 0, entity, proper);
        }

        Candidate plus(Candidate other) {
            // keep the first display form met (entities come first, so their canonical name wins)
            return new Candidate(
                    display,
                    key,
                    words,
                    Math.max(weight, other.weight),
                    count + other.count,
                    Math.min(first, other.first),
                    titled || other.titled,
                    entity || other.entity,
                    proper || other.proper);
        }

        /** Marks the candidate as named in the title when all its words appear there, in order. */
        Candidate inTitle(String titleWords) {
            boolean named = titled || titleWords.contains(" " + String.join(" ", words) + " ");
            return new Candidate(display, key, words, weight, count, first, named, entity, proper);
        }

        Candidate scaled(double factor) {
            return new Candidate(display, key, words, weight * factor, count, first, titled, entity, proper);
        }

        /**
         * An entity is a tag candidate; a name the entity finder did not confirm needs a second mention or the
         * title; a common noun needs to recur (one word: three times, or twice and in the title).
         */
        boolean eligible() {
            if (entity) {
                return true;
            }
            if (proper) {
                return count >= 2 || titled;
            }
            return words.size() > 1 ? count >= 2 || titled : count >= 3 || (count >= 2 && titled);
        }

        double score() {
            double position = 1.0 / (1.0 + Math.max(0, first) / 6.0);
            return weight * (1 + Math.log(Math.max(1, count))) * position * (titled ? TITLE_BONUS : 1.0);
        }

        /** True when the other candidate's words all appear in this one ("Kim" in "Kim Jong Un"). */
        boolean covers(Candidate other) {
            return key.equals(other.key) || (words.size() > other.words.size() && words.containsAll(other.words));
        }
    }
}
