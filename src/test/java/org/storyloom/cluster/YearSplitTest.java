package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearSplitTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private static long seq;

    private static Member member(String id, int year) {
        return new Member(id, id, T, "s", id, new float[] {1, 0}, TermVector.EMPTY, seq++, true, year);
    }

    private static List<Member> members(String prefix, int count, int year) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(member(prefix + i, year));
        }
        return out;
    }

    private static StoryState story(List<Member> members) {
        StoryState s = new StoryState(members.get(0).id(), members.get(0).seq(), 2, T);
        members.forEach(s::add);
        return s;
    }

    @Test
    void partsTheMembersNamingTheLatestYearFromTheRest() {
        List<Member> all = new ArrayList<>(members("old", 3, EventYear.NONE));
        all.addAll(members("dated", 4, 2013));
        all.add(member("turn", 2012));
        all.addAll(members("past", 2, 2008));

        assertThat(YearSplit.split(all, 3)).isNotNull();
        List<List<Member>> parts = java.util.Objects.requireNonNull(YearSplit.split(all, 3));

        assertThat(parts.get(0)).extracting(Member::id).containsExactly("old0", "old1", "old2", "past0", "past1");
        assertThat(parts.get(1)).extracting(Member::id).containsExactly("dated0", "dated1", "dated2", "dated3", "turn");
    }

    @Test
    void aYearFewMembersNameDatesNoGroup() {
        List<Member> all = new ArrayList<>(members("old", 6, EventYear.NONE));
        all.addAll(members("dated", YearSplit.DATED - 1, 2013));

        assertThat(YearSplit.split(all, 3)).isNull();
        assertThat(YearSplit.latest(all)).isEqualTo(EventYear.NONE);
    }

    @Test
    void leavesAStoryWhoseUndatedPartIsTooSmall() {
        List<Member> all = new ArrayList<>(members("dated", 8, 2013));
        all.addAll(members("old", 2, EventYear.NONE));

        assertThat(YearSplit.split(all, 3)).isNull();
    }

    @Test
    void storiesAreDatedApartOnlyWhenTheOtherNeverNamesTheYear() {
        StoryState dated = story(members("dated", 5, 2013));
        StoryState undated = story(members("old", 3, EventYear.NONE));
        StoryState earlier = story(members("past", 3, 2008));
        List<Member> mixed = new ArrayList<>(members("old", 2, EventYear.NONE));
        mixed.add(member("late", 2012));
        StoryState near = story(mixed);

        assertThat(YearSplit.apart(dated, undated, 3)).isTrue();
        assertThat(YearSplit.apart(undated, dated, 3)).isTrue();
        assertThat(YearSplit.apart(dated, earlier, 3)).isTrue();
        assertThat(YearSplit.apart(dated, near, 3)).isFalse();
        assertThat(YearSplit.apart(undated, earlier, 3)).isFalse();
        assertThat(YearSplit.apart(dated, story(members("few", 2, EventYear.NONE)), 3))
                .isFalse();
    }
}
