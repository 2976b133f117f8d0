package org.storyloom.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;
import org.storyloom.store.FeedStore.AddedFeed;

/** Feeds and their fetch state. */
final class SqliteFeeds {

    static final Duration FIRST_INTERVAL = Duration.ofMinutes(30);

    private final Database db;

    SqliteFeeds(Database db) {
        this.db = db;
    }

    AddedFeed add(long sourceId, String url, @Nullable String title, @Nullable String category, Instant now) {
        return db.write(c -> {
            Optional<Feed> existing = Rows.one(c, SqliteFeeds::map, "SELECT * FROM feeds WHERE url = ?", url);
            if (existing.isPresent()) {
                return new AddedFeed(existing.get(), false);
            }
            long id = Rows.insert(
                    c,
                    "INSERT INTO feeds (source_id, url, title, category, refresh_seconds, next_check, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    sourceId,
                    url,
                    title,
                    category,
                    FIRST_INTERVAL.toSeconds(),
                    now,
                    now);
            Feed feed = Rows.one(c, SqliteFeeds::map, "SELECT * FROM feeds WHERE id = ?", id)
                    .orElseThrow();
            return new AddedFeed(feed, true);
        });
    }

    Optional<Feed> find(long id) {
        return db.read(c -> Rows.one(c, SqliteFeeds::map, "SELECT * FROM feeds WHERE id = ?", id));
    }

    Optional<Feed> findByUrl(String url) {
        return db.read(c -> Rows.one(c, SqliteFeeds::map, "SELECT * FROM feeds WHERE url = ?", url));
    }

    List<Feed> list() {
        return db.read(c -> Rows.list(
                c, SqliteFeeds::map, "SELECT * FROM feeds ORDER BY COALESCE(title, url) COLLATE NOCASE, url"));
    }

    List<Feed> due(Instant now, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteFeeds::map,
                "SELECT * FROM feeds WHERE next_check <= ? ORDER BY next_check, id LIMIT ?",
                now,
                limit));
    }

    Optional<Instant> nextDue() {
        return db.read(c -> Rows.one(
                c,
                rs -> Instant.ofEpochMilli(rs.getLong(1)),
                "SELECT next_check FROM feeds ORDER BY next_check LIMIT 1"));
    }

    void updateState(long feedId, FeedState s) {
        db.write(c -> Rows.update(
                c,
                "UPDATE feeds SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, last_error = ?,"
                        + " consecutive_errors = ?, refresh_seconds = ?, next_check = ? WHERE id = ?",
                s.etag(),
                s.lastModified(),
                s.lastAttempt(),
                s.lastSuccess(),
                s.lastError(),
                s.consecutiveErrors(),
                s.refreshInterval().toSeconds(),
                s.nextCheck(),
                feedId));
    }

    boolean updateUrl(long feedId, String newUrl) {
        return db.write(c -> {
            if (Rows.one(c, rs -> rs.getLong("id"), "SELECT id FROM feeds WHERE url = ? AND id <> ?", newUrl, feedId)
                    .isPresent()) {
                return false;
            }
            return Rows.update(c, "UPDATE feeds SET url = ? WHERE id = ?", newUrl, feedId) == 1;
        });
    }

    void updateInfo(long feedId, @Nullable String title, @Nullable String siteUrl) {
        db.write(c -> Rows.update(
                c,
                "UPDATE feeds SET title = COALESCE(?, title), site_url = COALESCE(?, site_url) WHERE id = ?",
                title,
                siteUrl,
                feedId));
    }

    boolean remove(long feedId) {
        return db.write(c -> Rows.update(c, "DELETE FROM feeds WHERE id = ?", feedId) == 1);
    }

    private static Feed map(ResultSet rs) throws SQLException {
        Instant next = Rows.instant(rs, "next_check");
        FeedState state = new FeedState(
                Rows.text(rs, "etag"),
                Rows.text(rs, "last_modified"),
                Rows.instant(rs, "last_attempt"),
                Rows.instant(rs, "last_success"),
                Rows.text(rs, "last_error"),
                rs.getInt("consecutive_errors"),
                Duration.ofSeconds(rs.getLong("refresh_seconds")),
                next == null ? Instant.EPOCH : next);
        return new Feed(
                rs.getLong("id"),
                rs.getLong("source_id"),
                Rows.required(rs, "url"),
                Rows.text(rs, "title"),
                Rows.text(rs, "site_url"),
                Rows.text(rs, "category"),
                state);
    }
}
