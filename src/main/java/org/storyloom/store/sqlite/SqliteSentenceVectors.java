package org.storyloom.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyloom.model.StorySummary;

/** Sentence vectors in SQLite: one row per sentence key, and one per story version that has them all. */
final class SqliteSentenceVectors {

    /** Keys bound per lookup statement, under SQLite's default limit of bound parameters. */
    private static final int CHUNK = 500;

    private final Database db;

    SqliteSentenceVectors(Database db) {
        this.db = db;
    }

    List<StorySummary> stale(Instant since, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteStories::story,
                "SELECT s.* FROM stories s LEFT JOIN story_sentence_vectors v ON v.story_id = s.id"
                        + " WHERE s.last_updated >= ? AND (v.story_id IS NULL OR v.story_updated <> s.last_updated"
                        + " OR v.article_count <> s.article_count) ORDER BY s.last_updated DESC, s.id DESC LIMIT ?",
                since,
                limit));
    }

    Map<Long, byte[]> find(Collection<Long> keys) {
        List<Long> all = List.copyOf(keys);
        Map<Long, byte[]> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT hash, vector FROM sentence_vectors WHERE hash IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            db.read(c -> {
                try (PreparedStatement ps = Rows.prepare(c, sql, chunk.toArray());
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getBytes(2));
                    }
                }
                return out.size();
            });
        }
        return out;
    }

    void save(Map<Long, byte[]> vectors, Instant madeAt) {
        if (vectors.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO sentence_vectors (hash, made_at, vector) VALUES (?, ?, ?)")) {
                for (Map.Entry<Long, byte[]> e : vectors.entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, madeAt.toEpochMilli());
                    ps.setBytes(3, e.getValue());
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    void mark(StorySummary story) {
        db.write(c -> {
            if (Rows.one(c, rs -> rs.getLong(1), "SELECT id FROM stories WHERE id = ?", story.id())
                    .isEmpty()) {
                return 0; // merged away meanwhile
            }
            return Rows.update(
                    c,
                    "INSERT OR REPLACE INTO story_sentence_vectors (story_id, story_updated, article_count)"
                            + " VALUES (?, ?, ?)",
                    story.id(),
                    story.lastUpdated(),
                    story.articleCount());
        });
    }

    int prune(Instant before) {
        return db.write(c -> Rows.update(c, "DELETE FROM sentence_vectors WHERE made_at < ?", before));
    }
}
