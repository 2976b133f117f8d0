package org.storyloom.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final Instant T = Instant.parse("2025-05-01T06:00:00Z");
    static final String WIRE = "WASHINGTON (AP) - The Senate voted 61-39 on Thursday to approve a bipartisan bill that"
            + " would fund highway and bridge repairs for the next five years, sending the measure to the House where"
            + " leaders said they expected a vote before the August recess. Supporters said the bill would create"
            + " thousands of construction jobs, while critics warned it relied on accounting tricks to pay for itself.";

    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());

    private DedupResult check(
            String id, @org.jspecify.annotations.Nullable String url, String title, String text, int minutes) {
        return dedup.check(new DedupInput(id, url, title, text, T.plus(Duration.ofMinutes(minutes))));
    }

    @Test
    void syndicatedCopyWithOtherTitleAndByline() {
        check("ap", "https://apnews.example/article/senate-highway", "Senate passes highway bill", WIRE, 0);
        DedupResult copy = check(
                "local",
                "https://dailyherald.example/news/123",
                "Highway bill clears Senate",
                WIRE.replace("WASHINGTON (AP) - ", "By the Associated Press. "),
                30);

        assertThat(copy).isInstanceOf(DedupResult.NearCopy.class);
        assertThat(copy.copyGroup()).isEqualTo("ap");
    }

    @Test
    void lightRewriteJoinsAndAThirdCopyJoinsTheSameGroup() {
        check("ap", null, "Senate passes highway bill", WIRE, 0);
        String rewrite = WIRE.replace("Thursday", "Thursday evening")
                .replace("thousands of", "many")
                .replace("warned", "cautioned");
        DedupResult second = check("rewrite", null, "Senate approves roads bill", rewrite, 10);
        DedupResult third = check("third", null, "Roads bill", rewrite + " Our reporter contributed.", 20);

        assertThat(second).isInstanceOf(DedupResult.NearCopy.class);
        assertThat(third.copyGroup()).isEqualTo("ap");
    }

    @Test
    void exactCopiesByTextAndByAmpOrMobileUrl() {
        check("a", "https://www.news.example/world/story-1?utm_source=rss", "Title", WIRE, 0);
        assertThat(check("b", null, "Other title", WIRE.toUpperCase(java.util.Locale.ROOT), 1))
                .isInstanceOfSatisfying(
                        DedupResult.ExactCopy.class, c -> assertThat(c.match()).isEqualTo(DedupResult.Match.CONTENT));
        assertThat(check("c", "https://m.news.example/world/story-1/amp", "T", "short", 2))
                .isInstanceOfSatisfying(DedupResult.ExactCopy.class, c -> {
                    assertThat(c.match()).isEqualTo(DedupResult.Match.URL);
                    assertThat(c.copyGroup()).isEqualTo("a");
                });
    }

    @Test
    void differentStoryOnTheSameTopicIsNotACopy() {
        check("ap", null, "Senate passes highway bill", WIRE, 0);
        String other = "The House voted on Friday to approve a separate bill on airport security, after a long debate"
                + " in which members argued about screening rules, staffing levels at major hubs and the cost of new"
                + " scanners, which the administration said would be paid for by a small increase in ticket fees.";
        assertThat(check("house", null, "House passes airport bill", other, 5)).isInstanceOf(DedupResult.Unique.class);
    }

    @Test
    void shortTextsAreOnlyMatchedExactlyAndTheWindowForgets() {
        assertThat(check("s1", null, "Storm", "Storm hits coast.", 0)).isInstanceOf(DedupResult.Unique.class);
        assertThat(check("s2", null, "Storm", "Storm hits coast.", 1)).isInstanceOf(DedupResult.Unique.class);
        check("ap", null, "Senate", WIRE, 2);
        assertThat(check("late", null, "Senate", WIRE, 60 * 24 * 4)).isInstanceOf(DedupResult.Unique.class);
        assertThat(dedup.size()).isEqualTo(1);
    }

    @Test
    void aBurstOfTenThousandCopiesStaysFastAndInOneGroup() {
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            DedupResult r = check(
                    "copy" + i,
                    "https://outlet" + (i % 500) + ".example/s/" + i,
                    "Senate bill " + i,
                    WIRE + " Copy " + (i % 7) + ".",
                    i % 60);
            assertThat(r.copyGroup()).isEqualTo("copy0");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
}
