package org.storyloom.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.NewArticle;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StoryPlacement;

/** {@code storyCopyGroups}: the first groups {@code storyArticles} meets, however the placements change. */
class SqliteStoryCopyGroupsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBigStoryGivesOneArticlePerCopyGroupNewestFirstAndBounded() throws Exception {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long feed = feed(store);
            List<Long> ids = add(store, feed, 10_000, i -> T0.plusSeconds(i));
            List<StoryPlacement> placements = new ArrayList<>();
            for (long id : ids) { // one wire burst: every copy in the group of the first one
                placements.add(new StoryPlacement(id, 1, ids.get(0), new float[0]));
            }
            List<Long> others = add(store, feed, 30, i -> T0.plusSeconds(20_000 + 1_000L * i));
            for (long id : others) {
                placements.add(new StoryPlacement(id, 1, id, new float[0]));
            }
            store.saveStories(placements, List.of(), List.of());

            List<StoryArticle> fromACopy = store.storyCopyGroups(1, ids.get(0), 10);
            assertThat(fromACopy).extracting(a -> a.article().id()).containsExactlyElementsOf(reversed(others, 10));
            List<StoryArticle> fromAnOther = store.storyCopyGroups(1, others.getLast(), 40);
            assertThat(fromAnOther).hasSize(30); // 29 other singles and the burst's newest copy
            assertThat(fromAnOther.get(29).article().id()).isEqualTo(ids.getLast());
            assertThat(fromAnOther).extracting(StoryArticle::copyGroup).doesNotHaveDuplicates();
            assertThat(store.storyCopyGroups(2, 0, 10)).isEmpty();
            assertThat(plan(dir.resolve("store.sqlite")))
                    .contains("USING COVERING INDEX story_copy_groups_newest")
                    .doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void movesAndNewTimesKeepTheSameAnswerAsReadingTheWholeStory() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long feed = feed(store);
            Random random = new Random(3);
            List<Long> ids = add(store, feed, 400, i -> T0.plusSeconds(60L * random.nextInt(50)));
            for (int round = 0; round < 6; round++) {
                List<StoryPlacement> placements = new ArrayList<>();
                for (long id : ids) {
                    if (round == 0 || random.nextInt(4) == 0) { // few stories, groups of several sizes
                        long group = ids.get(random.nextInt(round == 0 ? ids.size() : 40));
                        placements.add(new StoryPlacement(id, 1 + random.nextInt(5), group, new float[0]));
                    }
                }
                store.saveStories(placements, List.of(), List.of());
                if (round % 2 == 1) { // new publication times move articles within their groups
                    republish(store, feed, ids.subList(0, 100), random);
                }
                for (long story = 1; story <= 5; story++) {
                    for (long except : List.of(0L, ids.get(random.nextInt(40)))) {
                        assertThat(store.storyCopyGroups(story, except, 7))
                                .isEqualTo(firstGroups(store.storyArticles(story), except, 7));
                    }
                }
            }
        }
    }

    @Test
    void theMigrationFillsTheGroupsOfAStoreMadeBeforeIt() {
        String url = "jdbc:sqlite:" + dir.resolve("store.sqlite").toAbsolutePath();
        Flyway.configure()
                .dataSource(url, "", "")
                .locations("classpath:db/sqlite")
                .target(MigrationVersion.fromVersion("5"))
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO sources (id, name, lookup) VALUES (1, 'S', 's')");
            for (int i = 1; i <= 6; i++) {
                s.execute("INSERT INTO articles (id, source_id, url, guid, title, fetched_at, shown_at) VALUES (" + i
                        + ", 1, 'https://s.example/" + i + "', 'g" + i + "', 't', 0, " + (i % 3) + ")");
                s.execute("INSERT INTO article_stories (article_id, story_id, copy_group) VALUES (" + i + ", 1, "
                        + (i <= 4 ? 1 : i) + ")");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            // shown_at 1,2,0,1 in group 1: article 2 is its newest; 5 (shown 2) ties it and wins by id
            assertThat(store.storyCopyGroups(1, 0, 10))
                    .extracting(a -> a.article().id())
                    .containsExactly(5L, 2L, 6L);
            assertThat(store.storyCopyGroups(1, 0, 10)).isEqualTo(firstGroups(store.storyArticles(1), 0, 10));
        }
    }

    /** What the related lookup did before: read the story newest first, keep each group's first article. */
    private static List<StoryArticle> firstGroups(List<StoryArticle> story, long except, int limit) {
        Set<Long> seen = new HashSet<>(Set.of(except));
        List<StoryArticle> out = new ArrayList<>();
        for (StoryArticle a : story) {
            if (out.size() < limit && seen.add(a.copyGroup())) {
                out.add(a);
            }
        }
        return out;
    }

    private static String plan(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN "
                        + SqliteStories.COPY_GROUPS_SQL
                                .replaceFirst("\\?", "1")
                                .replaceFirst("\\?", "1")
                                .replaceFirst("\\?", "10"))) {
            while (rs.next()) {
                out.append(rs.getString("detail")).append('\n');
            }
        }
        return out.toString();
    }

    private static List<Long> reversed(List<Long> ids, int n) {
        List<Long> out = new ArrayList<>(ids.reversed());
        return out.subList(0, n);
    }

    private interface Times {
        Instant at(int i);
    }

    private static long feed(SqliteStore store) {
        long source = store.sourceFor("S", "https://s.example/").id();
        return store.addFeed(source, "https://s.example/feed", null, null, T0)
                .feed()
                .id();
    }

    private static List<Long> add(SqliteStore store, long feed, int n, Times times) {
        long source = store.findFeed(feed).orElseThrow().sourceId();
        int from = store.countArticles() == 0 ? 0 : (int) store.countArticles();
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(article(feed, source, from + i, times.at(i)));
        }
        return store.upsertArticles(batch).stream().map(u -> u.id()).toList();
    }

    private static void republish(SqliteStore store, long feed, List<Long> ids, Random random) {
        long source = store.findFeed(feed).orElseThrow().sourceId();
        List<NewArticle> batch = new ArrayList<>();
        for (long id : ids) {
            batch.add(article(feed, source, (int) id - 1, T0.plusSeconds(60L * random.nextInt(50))));
        }
        store.upsertArticles(batch);
    }

    private static NewArticle article(long feed, long source, int i, Instant published) {
        return new NewArticle(
                feed,
                source,
                "https://s.example/a/" + i,
                "g" + i,
                "title " + i,
                null,
                published,
                null,
                null,
                null,
                "text " + i,
                "en",
                T0);
    }
}
