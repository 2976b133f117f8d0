package org.storyloom.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gathers an article's mentions into entities: full names first, then surnames, first names and acronyms as
 * aliases of the full names they belong to; types from the summed evidence; salience from frequency and position.
 */
final class EntityResolver {

    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "on", "&");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE_OR_DASH = Pattern.compile("[\\s-]+");

    private EntityResolver() {}

    static List<Entity> resolve(List<Mention> mentions, String title) {
        Map<String, EntityGroup> groups = new LinkedHashMap<>();
        Map<String, EntityGroup> byForm = new HashMap<>();
        List<Mention> single = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.words().size() == 1) {
                single.add(m);
                continue;
            }
            EntityGroup g = byForm.get(m.text());
            if (g == null && gluedOnto(m, groups)) {
                continue;
            }
            if (g == null && m.known() != null) {
                g = groups.get("k:" + m.known().name());
            }
            if (g == null) {
                g = new EntityGroup(m);
                groups.put(m.known() != null ? "k:" + m.known().name() : "t:" + m.text(), g);
            } else {
                g.add(m);
            }
            byForm.put(m.text(), g);
            String shortForm = g.shortForm();
            if (shortForm != null) {
                byForm.putIfAbsent(shortForm, g);
            }
        }
        for (Mention m : single) {
            EntityGroup g = owner(m, groups);
            if (g != null && g.leansPerson()) {
                m = new Mention(
                        m.text(), m.words(), m.sentence(), m.known(), m.votes().plus(EntityType.PERSON, 1), null);
            }
            if (g == null) {
                String key = m.known() != null ? "k:" + m.known().name() : "t:" + m.text();
                g = groups.get(key);
                if (g == null) {
                    groups.put(key, new EntityGroup(m));
                    continue;
                }
            }
            g.add(m);
        }
        return entities(groups.values(), title);
    }

    /**
     * A name glued to the next word by a text extraction fault ("Kim Jong Unspoke" for "Kim Jong Un" + "spoke"):
     * all words but the last equal another name's, whose last word begins this one's.
     */
    private static boolean gluedOnto(Mention m, Map<String, EntityGroup> groups) {
        List<String> words = m.words();
        String last = words.get(words.size() - 1);
        for (EntityGroup g : groups.values()) {
            List<String> other = g.fullWords();
            String otherLast = other.get(other.size() - 1);
            if (other.size() == words.size()
                    && other.subList(0, other.size() - 1).equals(words.subList(0, words.size() - 1))
                    && last.length() > otherLast.length()
                    && last.startsWith(otherLast)) {
                return true;
            }
        }
        return false;
    }

    /** The full-name group a one-word mention belongs to: a person's surname or first name, an acronym. */
    private static @Nullable EntityGroup owner(Mention m, Map<String, EntityGroup> groups) {
        String w = m.words().get(0);
        EntityGroup found = null;
        for (EntityGroup g : groups.values()) {
            List<String> words = g.fullWords();
            boolean match = words.size() > 1
                            && g.leansPerson()
                            && (w.equals(words.get(words.size() - 1)) || w.equals(words.get(0)))
                    || m.isAcronym() && words.size() > 1 && w.replace(".", "").equals(initials(g));
            if (match) {
                if (found != null && found != g) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    private static String initials(EntityGroup g) {
        String shortForm = g.shortForm();
        String name = shortForm != null ? shortForm : g.name();
        StringBuilder b = new StringBuilder();
        for (String w : SPACE_OR_DASH.split(name)) {
            if (!w.isEmpty() && !SMALL.contains(w) && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private static List<Entity> entities(Iterable<EntityGroup> groups, String title) {
        List<EntityGroup> kept = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        double max = 0;
        for (EntityGroup g : groups) {
            if (g.type() == null) {
                continue;
            }
            double score = 0;
            for (Mention m : g.mentions()) {
                score += 1.0 / (1 + 0.08 * m.sentence());
            }
            for (String alias : g.aliases()) {
                if (containsWord(title, alias)) {
                    score += 2;
                    break;
                }
            }
            kept.add(g);
            scores.add(score);
            max = Math.max(max, score);
        }
        List<Entity> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            EntityGroup g = kept.get(i);
            EntityType type = g.type();
            if (type == null) {
                continue;
            }
            double salience = Math.round(scores.get(i) / max * 1000) / 1000.0;
            out.add(new Entity(g.name(), type, g.aliases(), salience, key(type, g.name())));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return out;
    }

    static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** "person:kimjongun" for "Kim Jong Un" and "Kim Jong-un": type, then the name folded to letters and digits. */
    static String key(EntityType type, String name) {
        String folded =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        folded = NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        return type.name().toLowerCase(Locale.ROOT) + ":" + folded;
    }
}
