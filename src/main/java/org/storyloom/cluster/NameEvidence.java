package org.storyloom.cluster;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Evidence from names for "same topic, different event". Two hit-and-runs in different towns, or two players put
 * on injured reserve by one team, read alike to the embedding and share most key terms, but the names that weigh
 * (people, places, teams, weighted by rarity) differ. The cosine of the two sides' name weights says how far they
 * agree: at or above {@link #AGREEMENT} nothing is taken off the similarity; below it the penalty grows linearly,
 * up to {@link #PENALTY} when no name is shared. Too few names on either side to judge leaves the similarity as
 * it is. Only sides with running text are judged: a bare headline is too short to name everything that matters,
 * and title case makes every word look like a name.
 *
 * <p>A story's squared norm over its name terms is cached per story and recomputed only after the story changed,
 * so an article pays for its own names, not for every name of every candidate story.
 */
final class NameEvidence {

    /** Taken off the similarity when both sides name enough and share no name. */
    static final double PENALTY = 0.3;

    /** Name cosine at and above which the two sides agree: no penalty. */
    static final double AGREEMENT = 0.5;

    /**
     * Two stories whose name cosine is below this, well below agreement, are told about other people and places:
     * the periodic pass neither merges them nor keeps two such halves of one story together.
     */
    static final double APART = 0.45;

    /** Each side must name at least this many for the names to count. */
    static final int MIN_NAMES = 2;

    private final Map<StoryState, double[]> norms = new WeakHashMap<>();

    /** The penalty for an article joining a story. */
    double penalty(Member member, StoryState story) {
        if (!member.hasText() || story.membersWithText == 0 || story.nameTerms.size() < MIN_NAMES) {
            return 0;
        }
        TermVector article = member.terms();
        int named = 0;
        double dot = 0;
        double norm2 = 0;
        for (int i = 0; i < article.terms().length; i++) {
            if (article.names()[i]) {
                named++;
                double w = article.weights()[i];
                norm2 += w * w;
                if (story.nameTerms.containsKey(article.terms()[i])) {
                    dot += w * story.termSum.getOrDefault(article.terms()[i], 0.0);
                }
            }
        }
        if (named < MIN_NAMES) {
            return 0;
        }
        double storyNorm2 = nameNorm2(story);
        return grade(norm2 == 0 || storyNorm2 == 0 ? 0 : dot / Math.sqrt(norm2 * storyNorm2));
    }

    /** The penalty for merging two stories (or for keeping two halves of one together). */
    double penalty(StoryState a, StoryState b) {
        if (a.membersWithText == 0
                || b.membersWithText == 0
                || a.nameTerms.size() < MIN_NAMES
                || b.nameTerms.size() < MIN_NAMES) {
            return 0;
        }
        return grade(cosine(a, b));
    }

    /** Whether both stories have running text and names enough to judge, and their names are {@link #APART}. */
    boolean apart(StoryState a, StoryState b) {
        return a.membersWithText > 0
                && b.membersWithText > 0
                && a.nameTerms.size() >= MIN_NAMES
                && b.nameTerms.size() >= MIN_NAMES
                && cosine(a, b) < APART;
    }

    /** Cosine of two stories' summed weights over their name terms. */
    double cosine(StoryState a, StoryState b) {
        StoryState small = a.nameTerms.size() <= b.nameTerms.size() ? a : b;
        StoryState large = small == a ? b : a;
        double dot = 0;
        for (String name : small.nameTerms.keySet()) {
            if (large.nameTerms.containsKey(name)) {
                dot += small.termSum.getOrDefault(name, 0.0) * large.termSum.getOrDefault(name, 0.0);
            }
        }
        double na = nameNorm2(a);
        double nb = nameNorm2(b);
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static double grade(double cosine) {
        return PENALTY * Math.max(0, 1 - cosine / AGREEMENT);
    }

    /** Squared norm of the story's name weights; cached until the story's members or sums change. */
    private double nameNorm2(StoryState story) {
        double[] cached = norms.get(story);
        if (cached != null && cached[0] == story.members.size() && cached[1] == story.termNorm2) {
            return cached[2];
        }
        double sum = 0;
        for (String name : story.nameTerms.keySet()) {
            double w = story.termSum.getOrDefault(name, 0.0);
            sum += w * w;
        }
        norms.put(story, new double[] {story.members.size(), story.termNorm2, sum});
        return sum;
    }
}
