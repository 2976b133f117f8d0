package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Negative evidence for "same topic, different event". Two hit-and-runs in different towns read alike to the
 * embedding and share most key terms, but they name different people and places. When both sides name enough
 * and share none of the names that matter, the similarity is lowered by {@link #PENALTY}; one shared name, or too
 * few names on either side to judge, leaves it as it is. Only sides with running text are judged: a bare headline
 * is too short to name everything that matters, and title case makes every word look like a name.
 */
final class NameEvidence {

    /** Taken off the similarity when both sides name enough and their names are disjoint. */
    static final double PENALTY = 0.12;

    /** Each side must name at least this many for disjoint names to count. */
    static final int MIN_NAMES = 2;

    /** A story's heaviest names looked for in the other story when two stories are compared. */
    static final int STORY_NAMES = 8;

    private NameEvidence() {}

    /** The penalty for an article joining a story: the article names none of the names the story has seen. */
    static double penalty(Member member, StoryState story) {
        if (!member.hasText() || story.membersWithText == 0 || story.nameTerms.size() < MIN_NAMES) {
            return 0;
        }
        TermVector article = member.terms();
        int named = 0;
        for (int i = 0; i < article.terms().length; i++) {
            if (article.names()[i]) {
                if (story.nameTerms.containsKey(article.terms()[i])) {
                    return 0;
                }
                named++;
            }
        }
        return named >= MIN_NAMES ? PENALTY : 0;
    }

    /** The penalty for merging two stories: neither's heaviest names appear among the other's names. */
    static double penalty(StoryState a, StoryState b) {
        if (a.membersWithText == 0 || b.membersWithText == 0) {
            return 0;
        }
        List<String> left = heaviestNames(a);
        List<String> right = heaviestNames(b);
        if (left.size() < MIN_NAMES || right.size() < MIN_NAMES) {
            return 0;
        }
        return namesAny(b, left) || namesAny(a, right) ? 0 : PENALTY;
    }

    private static boolean namesAny(StoryState story, List<String> names) {
        for (String name : names) {
            if (story.nameTerms.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** The story's {@link #STORY_NAMES} heaviest names, heaviest first, ties by term. */
    static List<String> heaviestNames(StoryState story) {
        List<Map.Entry<String, Double>> names = new ArrayList<>(story.nameTerms.size());
        for (String name : story.nameTerms.keySet()) {
            names.add(Map.entry(name, story.termSum.getOrDefault(name, 0.0)));
        }
        names.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(STORY_NAMES, names.size()));
        for (int i = 0; i < Math.min(STORY_NAMES, names.size()); i++) {
            out.add(names.get(i).getKey());
        }
        return out;
    }
}
