package org.storyloom.store.sqlite;

import java.util.List;
import org.storyloom.model.Article;
import org.storyloom.model.FullText;

/** The full-text queue: a column on articles, so it survives restarts and crashes. */
final class SqliteFullText {

    private final Database db;

    SqliteFullText(Database db) {
        this.db = db;
    }

    void request(long articleId) {
        db.write(c -> Rows.update(
                c, "UPDATE articles SET full_text = 'PENDING' WHERE id = ? AND full_text <> 'DONE'", articleId));
    }

    List<Article> pending(int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteArticles.ARTICLE,
                "SELECT * FROM articles WHERE full_text = 'PENDING' ORDER BY id LIMIT ?",
                limit));
    }

    void save(FullText r) {
        db.write(c -> Rows.update(
                c,
                "UPDATE articles SET page_html = ?, page_text = ?, shown = ?, full_text = ?, full_text_error = ?,"
                        + " author = COALESCE(author, ?), language = COALESCE(language, ?),"
                        + " published = COALESCE(published, ?) WHERE id = ?",
                r.pageHtml(),
                r.pageText(),
                r.shown().name(),
                r.error() == null ? "DONE" : "FAILED",
                r.error(),
                r.author(),
                r.language(),
                r.published(),
                r.articleId()));
    }
}
