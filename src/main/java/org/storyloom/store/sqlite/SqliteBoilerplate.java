package org.storyloom.store.sqlite;

import java.time.Instant;
import java.util.List;
import org.storyloom.model.BoilerplateLine;

/** Learned per-source boilerplate. */
final class SqliteBoilerplate {

    private final Database db;

    SqliteBoilerplate(Database db) {
        this.db = db;
    }

    List<String> recentTexts(long sourceId, int limit) {
        return db.read(c -> Rows.list(
                c,
                rs -> Rows.required(rs, "t"),
                "SELECT CASE WHEN shown = 'PAGE' AND page_text IS NOT NULL THEN page_text ELSE text END AS t"
                        + " FROM articles WHERE source_id = ? AND t IS NOT NULL ORDER BY shown_at DESC LIMIT ?",
                sourceId,
                limit));
    }

    List<Long> sourcesWithArticles(int minArticles) {
        return db.read(c -> Rows.list(
                c,
                rs -> rs.getLong(1),
                "SELECT source_id FROM articles GROUP BY source_id HAVING COUNT(*) >= ? ORDER BY source_id",
                minArticles));
    }

    void replace(long sourceId, List<BoilerplateLine> lines, Instant learnedAt) {
        db.write(c -> {
            Rows.update(c, "DELETE FROM source_boilerplate WHERE source_id = ?", sourceId);
            for (BoilerplateLine line : lines) {
                Rows.update(
                        c,
                        "INSERT OR IGNORE INTO source_boilerplate (source_id, text, articles, learned_at)"
                                + " VALUES (?, ?, ?, ?)",
                        sourceId,
                        line.text(),
                        line.articles(),
                        learnedAt);
            }
            return lines.size();
        });
    }

    List<BoilerplateLine> lines(long sourceId) {
        return db.read(c -> Rows.list(
                c,
                rs -> new BoilerplateLine(Rows.required(rs, "text"), rs.getInt("articles")),
                "SELECT text, articles FROM source_boilerplate WHERE source_id = ? ORDER BY articles DESC, text",
                sourceId));
    }
}
