package org.storyloom.store.sqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Article;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;

/** Story snapshots and article placements. Embeddings are stored as little-endian float32 blobs. */
final class SqliteStories {

    /** A story's copy groups but one, each by its newest article, newest first (story, except group, limit). */
    static final String COPY_GROUPS_SQL =
            "SELECT g.copy_group, a.id, a.title, a.url, a.source_id, s.name AS source_name, a.summary,"
                    + " a.published, a.fetched_at FROM story_copy_groups g"
                    + " JOIN articles a ON a.id = g.newest_article JOIN sources s ON s.id = a.source_id"
                    + " WHERE g.story_id = ? AND g.copy_group <> ?"
                    + " ORDER BY g.newest_at DESC, g.newest_article DESC LIMIT ?";

    private final Database db;

    SqliteStories(Database db) {
        this.db = db;
    }

    List<Article> withoutStory(int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles.ARTICLE,
                "SELECT a.* FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id"
                        + " WHERE s.article_id IS NULL ORDER BY a.id LIMIT ?",
                limit));
    }

    List<Article> placedSince(Instant since, int limit, long afterId) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles.ARTICLE,
                "SELECT a.* FROM articles a JOIN article_stories s ON s.article_id = a.id"
                        + " WHERE a.shown_at >= ? AND a.id > ? ORDER BY a.id LIMIT ?",
                since,
                afterId,
                limit));
    }

    Optional<StoryPlacement> placement(long articleId) {
        return db.read(c -> Rows.one(
                c,
                rs -> new StoryPlacement(
                        rs.getLong("article_id"),
                        rs.getLong("story_id"),
                        rs.getLong("copy_group"),
                        floats(rs.getBytes("embedding"))),
                "SELECT * FROM article_stories WHERE article_id = ?",
                articleId));
    }

    void save(List<StoryPlacement> placements, List<StorySummary> stories, List<Long> gone) {
        db.write(c -> {
            for (StoryPlacement p : placements) {
                Rows.update(
                        c,
                        // an update, not a replace, so the triggers of V6 move the article between copy groups
                        "INSERT INTO article_stories (article_id, story_id, copy_group, embedding, shown_at)"
                                + " VALUES (?, ?, ?, ?, COALESCE((SELECT shown_at FROM articles WHERE id = ?), 0))"
                                + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
                                + " copy_group = excluded.copy_group, embedding = excluded.embedding,"
                                + " shown_at = excluded.shown_at",
                        p.articleId(),
                        p.storyId(),
                        p.copyGroup(),
                        bytes(p.embedding()),
                        p.articleId());
            }
            for (Long id : gone) {
                Rows.update(c, "DELETE FROM stories WHERE id = ?", id);
            }
            for (StorySummary s : stories) {
                Rows.update(
                        c,
                        "INSERT OR REPLACE INTO stories (id, headline, lead_article, first_seen, last_updated,"
                                + " article_count, source_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        s.id(),
                        s.headline(),
                        s.leadArticle(),
                        s.firstSeen(),
                        s.lastUpdated(),
                        s.articleCount(),
                        s.sourceCount());
            }
            return placements.size();
        });
    }

    List<StorySummary> latest(int limit, int offset) {
        return db.read(c -> Rows.list(
                c,
                SqliteStories::story,
                "SELECT * FROM stories ORDER BY last_updated DESC, id DESC LIMIT ? OFFSET ?",
                limit,
                offset));
    }

    Optional<StorySummary> find(long id) {
        return db.read(c -> Rows.one(c, SqliteStories::story, "SELECT * FROM stories WHERE id = ?", id));
    }

    List<StoryArticle> articles(long storyId) {
        return db.read(c -> Rows.list(
                c,
                rs -> new StoryArticle(SqliteArticles.LISTING_MAPPER.map(rs), rs.getLong("copy_group")),
                SqliteArticles.LISTING_SQL.replaceFirst("SELECT ", "SELECT st.copy_group, ")
                        + " JOIN article_stories st ON st.article_id = a.id WHERE st.story_id = ?"
                        + " ORDER BY a.shown_at DESC, a.id DESC",
                storyId));
    }

    /**
     * The newest article of each copy group of a story but {@code exceptGroup}, newest first, at most
     * {@code limit}: reads one index entry per listed group ({@code story_copy_groups}, kept by triggers).
     */
    List<StoryArticle> copyGroups(long storyId, long exceptGroup, int limit) {
        return db.read(c -> Rows.list(
                c,
                rs -> new StoryArticle(SqliteArticles.LISTING_MAPPER.map(rs), rs.getLong("copy_group")),
                COPY_GROUPS_SQL,
                storyId,
                exceptGroup,
                limit));
    }

    static StorySummary story(ResultSet rs) throws SQLException {
        return new StorySummary(
                rs.getLong("id"),
                Rows.required(rs, "headline"),
                rs.getLong("lead_article"),
                Objects.requireNonNull(Rows.instant(rs, "first_seen")),
                Objects.requireNonNull(Rows.instant(rs, "last_updated")),
                rs.getInt("article_count"),
                rs.getInt("source_count"));
    }

    private static byte[] bytes(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        return buf.array();
    }

    private static float[] floats(byte @Nullable [] b) {
        if (b == null) {
            return new float[0];
        }
        float[] v = new float[b.length / Float.BYTES];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
