package org.storyloom.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyloom.model.Article;
import org.storyloom.model.ArticleListing;
import org.storyloom.model.NewArticle;
import org.storyloom.model.ShownBody;
import org.storyloom.store.ArticleStore.Change;
import org.storyloom.store.ArticleStore.Upsert;

/** Articles: idempotent upserts keyed by (feed, guid) and by canonical URL. */
final class SqliteArticles {

    static final Rows.Mapper<Article> ARTICLE = SqliteArticles::map;
    static final Rows.Mapper<ArticleListing> LISTING_MAPPER = SqliteArticles::mapListing;

    static final String LISTING_SQL = "SELECT a.id, a.title, a.url, a.source_id, s.name AS source_name, a.summary,"
            + " a.published, a.fetched_at FROM articles a JOIN sources s ON s.id = a.source_id";

    private final Database db;

    SqliteArticles(Database db) {
        this.db = db;
    }

    Upsert upsert(NewArticle a) {
        return db.write(c -> upsert(c, a));
    }

    List<Upsert> upsertAll(List<NewArticle> batch) {
        return db.write(c -> {
            List<Upsert> out = new ArrayList<>(batch.size());
            for (NewArticle a : batch) {
                out.add(upsert(c, a));
            }
            return out;
        });
    }

    private static Upsert upsert(Connection c, NewArticle a) throws SQLException {
        Optional<Article> existing = Rows.one(
                        c,
                        SqliteArticles::map,
                        "SELECT * FROM articles WHERE feed_id = ? AND guid = ?",
                        a.feedId(),
                        a.guid())
                .or(() -> byUrl(c, a.url()));
        if (existing.isEmpty()) {
            return new Upsert(insert(c, a), Change.INSERTED);
        }
        Article old = existing.get();
        if (sameContent(old, a)) {
            return new Upsert(old.id(), Change.UNCHANGED);
        }
        update(c, old, a);
        return new Upsert(old.id(), Change.UPDATED);
    }

    Optional<Article> find(long id) {
        return db.read(c -> Rows.one(c, SqliteArticles::map, "SELECT * FROM articles WHERE id = ?", id));
    }

    List<Article> after(long afterId, int limit) {
        return db.read(c -> Rows.list(
                c, SqliteArticles::map, "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", afterId, limit));
    }

    List<ArticleListing> listings(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<ArticleListing> rows = db.read(c -> Rows.list(
                c, SqliteArticles::mapListing, LISTING_SQL + " WHERE a.id IN (" + marks + ")", ids.toArray()));
        Map<Long, ArticleListing> byId = new HashMap<>();
        rows.forEach(l -> byId.put(l.id(), l));
        List<ArticleListing> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ArticleListing l = byId.get(id);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    List<ArticleListing> latest(int limit, int offset) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles::mapListing,
                LISTING_SQL + " ORDER BY a.shown_at DESC, a.id DESC LIMIT ? OFFSET ?",
                limit,
                offset));
    }

    List<ArticleListing> latestOfSource(long sourceId, int limit, int offset) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles::mapListing,
                LISTING_SQL + " WHERE a.source_id = ? ORDER BY a.shown_at DESC, a.id DESC LIMIT ? OFFSET ?",
                sourceId,
                limit,
                offset));
    }

    long count() {
        return db.read(c -> Rows.one(c, rs -> rs.getLong(1), "SELECT COUNT(*) FROM articles")
                .orElse(0L));
    }

    private static Optional<Article> byUrl(Connection c, String url) {
        try {
            return Rows.one(c, SqliteArticles::map, "SELECT * FROM articles WHERE url = ?", url);
        } catch (SQLException e) {
            throw new IllegalStateException("store: lookup by url failed: " + e.getMessage(), e);
        }
    }

    private static long insert(Connection c, NewArticle a) throws SQLException {
        return Rows.insert(
                c,
                "INSERT INTO articles (feed_id, source_id, url, guid, title, author, published, updated, summary,"
                        + " content_html, text, language, fetched_at, shown_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.feedId() == 0 ? null : a.feedId(),
                a.sourceId(),
                a.url(),
                a.guid(),
                a.title(),
                a.author(),
                a.published(),
                a.updated(),
                a.summary(),
                a.contentHtml(),
                a.text(),
                a.language(),
                a.fetchedAt(),
                a.published() != null ? a.published() : a.fetchedAt());
    }

    /** Updates in place; the id, first fetch time and (if another row holds it) the URL are kept. */
    private static void update(Connection c, Article old, NewArticle a) throws SQLException {
        boolean urlFree = old.url().equals(a.url()) || byUrl(c, a.url()).isEmpty();
        Rows.update(
                c,
                "UPDATE articles SET url = ?, title = ?, author = ?, published = ?, updated = ?, summary = ?,"
                        + " content_html = ?, text = ?, language = ?, shown_at = ? WHERE id = ?",
                urlFree ? a.url() : old.url(),
                a.title(),
                a.author(),
                a.published(),
                a.updated(),
                a.summary(),
                a.contentHtml(),
                a.text(),
                a.language(),
                a.published() != null ? a.published() : old.fetchedAt(),
                old.id());
    }

    private static boolean sameContent(Article old, NewArticle a) {
        return old.url().equals(a.url())
                && old.title().equals(a.title())
                && Objects.equals(old.author(), a.author())
                && Objects.equals(old.published(), a.published())
                && Objects.equals(old.updated(), a.updated())
                && Objects.equals(old.summary(), a.summary())
                && Objects.equals(old.contentHtml(), a.contentHtml())
                && Objects.equals(old.text(), a.text())
                && Objects.equals(old.language(), a.language());
    }

    private static Article map(ResultSet rs) throws SQLException {
        return new Article(
                rs.getLong("id"),
                rs.getLong("feed_id"),
                rs.getLong("source_id"),
                Rows.required(rs, "url"),
                Rows.required(rs, "guid"),
                Rows.required(rs, "title"),
                Rows.text(rs, "author"),
                Rows.instant(rs, "published"),
                Rows.instant(rs, "updated"),
                Rows.text(rs, "summary"),
                Rows.text(rs, "content_html"),
                Rows.text(rs, "text"),
                Rows.text(rs, "language"),
                Objects.requireNonNull(Rows.instant(rs, "fetched_at")),
                Rows.text(rs, "page_html"),
                Rows.text(rs, "page_text"),
                ShownBody.valueOf(Rows.required(rs, "shown")));
    }

    private static ArticleListing mapListing(ResultSet rs) throws SQLException {
        return new ArticleListing(
                rs.getLong("id"),
                Rows.required(rs, "title"),
                Rows.required(rs, "url"),
                rs.getLong("source_id"),
                Rows.required(rs, "source_name"),
                Rows.text(rs, "summary"),
                Rows.instant(rs, "published"),
                Objects.requireNonNull(Rows.instant(rs, "fetched_at")));
    }
}
