package org.storyloom.store.sqlite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyloom.model.StoredDigest;
import org.storyloom.model.StorySummary;

/** Story digests in SQLite: one row per story, JSON data. */
final class SqliteDigests {

    private final Database db;

    SqliteDigests(Database db) {
        this.db = db;
    }

    List<StorySummary> stale(int stageVersion, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteStories::story,
                "SELECT s.* FROM stories s LEFT JOIN story_digests d ON d.story_id = s.id"
                        + " WHERE d.story_id IS NULL OR d.stage_version <> ? OR d.story_updated <> s.last_updated"
                        + " OR d.article_count <> s.article_count ORDER BY s.last_updated DESC, s.id DESC LIMIT ?",
                stageVersion,
                limit));
    }

    void save(StoredDigest digest) {
        db.write(c -> {
            if (Rows.one(c, rs -> rs.getLong(1), "SELECT id FROM stories WHERE id = ?", digest.storyId())
                    .isEmpty()) {
                return 0; // the story was merged away while it was being summarised
            }
            return Rows.update(
                    c,
                    "INSERT OR REPLACE INTO story_digests"
                            + " (story_id, stage_version, story_updated, article_count, computed_at, data)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    digest.storyId(),
                    digest.stageVersion(),
                    digest.storyUpdated(),
                    digest.articleCount(),
                    digest.computedAt(),
                    digest.json());
        });
    }

    Optional<StoredDigest> find(long storyId) {
        return db.read(c -> Rows.one(
                c,
                rs -> new StoredDigest(
                        rs.getLong("story_id"),
                        rs.getInt("stage_version"),
                        Objects.requireNonNull(Rows.instant(rs, "story_updated")),
                        rs.getInt("article_count"),
                        Objects.requireNonNull(Rows.instant(rs, "computed_at")),
                        Rows.required(rs, "data")),
                "SELECT * FROM story_digests WHERE story_id = ?",
                storyId));
    }
}
