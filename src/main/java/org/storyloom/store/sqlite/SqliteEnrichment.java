package org.storyloom.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityMention;
import org.storyloom.model.QuoteMention;

/**
 * Writes and reads article enrichments. The whole result is kept as JSON (read back as one record); hashtags,
 * entities and quotes also go to index tables so pages can ask "which stories carry #Kursk".
 */
final class SqliteEnrichment {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEEN_AT = "(SELECT shown_at FROM articles WHERE id = ?)";

    private final Database db;

    SqliteEnrichment(Database db) {
        this.db = db;
    }

    List<Article> toEnrich(int version, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles.ARTICLE,
                "SELECT a.* FROM articles a LEFT JOIN article_enrichment e ON e.article_id = a.id"
                        + " WHERE e.article_id IS NULL OR e.version < ? ORDER BY a.id LIMIT ?",
                version,
                limit));
    }

    void save(List<Enrichment> enrichments, int version) {
        db.write(c -> {
            for (Enrichment e : enrichments) {
                save(c, e, version);
            }
            return enrichments.size();
        });
    }

    private static void save(Connection c, Enrichment e, int version) throws SQLException {
        long id = e.articleId();
        if (Rows.one(c, rs -> rs.getLong(1), "SELECT id FROM articles WHERE id = ?", id)
                .isEmpty()) {
            return; // the article was deleted while it was being enriched
        }
        for (String table : List.of("article_tags", "article_entities", "quotes")) {
            Rows.update(c, "DELETE FROM " + table + " WHERE article_id = ?", id);
        }
        Rows.update(
                c,
                "INSERT OR REPLACE INTO article_enrichment (article_id, version, language, reading_minutes, data)"
                        + " VALUES (?, ?, ?, ?, ?)",
                id,
                version,
                e.language(),
                e.readingMinutes(),
                json(e));
        for (int rank = 0; rank < e.hashtags().size(); rank++) {
            Rows.update(
                    c,
                    "INSERT OR IGNORE INTO article_tags (tag, article_id, rank, seen_at) VALUES (?, ?, ?, " + SEEN_AT
                            + ")",
                    e.hashtags().get(rank),
                    id,
                    rank,
                    id);
        }
        for (EntityMention m : e.entities()) {
            Rows.update(
                    c,
                    "INSERT OR IGNORE INTO article_entities (entity_key, article_id, name, kind, salience)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    m.key(),
                    id,
                    m.name(),
                    m.kind().label(),
                    m.salience());
        }
        for (QuoteMention q : e.quotes()) {
            Rows.update(
                    c,
                    "INSERT INTO quotes (article_id, speaker, speaker_key, text, cue, sentence, seen_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, " + SEEN_AT + ")",
                    id,
                    q.speaker(),
                    q.speakerKey(),
                    q.text(),
                    q.cue(),
                    q.sentence(),
                    id);
        }
    }

    Optional<Enrichment> find(long articleId) {
        return db.read(c -> Rows.one(
                c,
                rs -> parse(Rows.required(rs, "data")),
                "SELECT data FROM article_enrichment WHERE article_id = ?",
                articleId));
    }

    private static String json(Enrichment e) throws SQLException {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new SQLException("store: cannot encode an enrichment: " + ex.getMessage(), ex);
        }
    }

    private static Enrichment parse(String data) throws SQLException {
        try {
            return JSON.readValue(data, Enrichment.class);
        } catch (JsonProcessingException ex) {
            throw new SQLException("store: cannot decode an enrichment: " + ex.getMessage(), ex);
        }
    }
}
