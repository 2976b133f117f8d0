package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parts a story by the years its members name ({@link EventYear}): the members naming the story's latest year (the
 * latest that at least {@link #DATED} members name, or the year before) against the rest, which name only earlier
 * years or none. A group of reports that keeps naming one year, beside reports that never name it, is the same
 * kind of event told twice, years apart (two patches for one browser, two elections in one country), when their
 * content differs too: the caller judges that ({@link #DIFFERENT}). A year named by a few members only (a
 * fixture, a look back) makes no group.
 */
final class YearSplit {

    /** Members that must name the latest year (or the year before) for it to date a group. */
    static final int DATED = 5;

    /** Years this close to the latest count with it (a report at the turn of a year, a season across two). */
    static final int TOLERANCE = 1;

    /**
     * Two groups dated apart are two events when their similarity is below this; reports of one event that differ
     * only in whether they name the year are more alike than that.
     */
    static final double DIFFERENT = 0.76;

    private YearSplit() {}

    /** The latest year that at least {@link #DATED} members name, or {@link EventYear#NONE}. */
    static int latest(List<Member> members) {
        int[] years = new int[members.size()];
        int n = 0;
        for (Member m : members) {
            if (m.year() != EventYear.NONE) {
                years[n++] = m.year();
            }
        }
        if (n < DATED) {
            return EventYear.NONE;
        }
        Arrays.sort(years, 0, n);
        return years[n - DATED];
    }

    /**
     * The part holding the first member, then the other; null when no year dates a group or the undated part is
     * smaller than {@code minimum}.
     */
    static @Nullable List<List<Member>> split(List<Member> members, int minimum) {
        int latest = latest(members);
        if (latest == EventYear.NONE) {
            return null;
        }
        List<Member> recent = new ArrayList<>();
        List<Member> earlier = new ArrayList<>();
        for (Member m : members) {
            (m.year() >= latest - TOLERANCE ? recent : earlier).add(m);
        }
        if (earlier.size() < Math.max(1, minimum)) {
            return null;
        }
        return recent.contains(members.get(0)) ? List.of(recent, earlier) : List.of(earlier, recent);
    }

    /**
     * Whether one story has a dated group and the other, at least {@code minimum} strong, names neither that year
     * nor the one before.
     */
    static boolean apart(StoryState a, StoryState b, int minimum) {
        return datedBefore(a, b, minimum) || datedBefore(b, a, minimum);
    }

    private static boolean datedBefore(StoryState dated, StoryState other, int minimum) {
        if (other.members.size() < Math.max(1, minimum)) {
            return false;
        }
        int latest = latest(dated.members);
        if (latest == EventYear.NONE) {
            return false;
        }
        for (Member m : other.members) {
            if (m.year() >= latest - TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
