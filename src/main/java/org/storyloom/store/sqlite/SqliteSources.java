package org.storyloom.store.sqlite;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Source;

/** Publishers, keyed by the host of their home page (without "www.") or, lacking one, by name. */
final class SqliteSources {

    private final Database db;

    SqliteSources(Database db) {
        this.db = db;
    }

    Source sourceFor(String name, @Nullable String homePage) {
        String lookup = lookupKey(name, homePage);
        return db.write(c -> {
            Optional<Source> existing =
                    Rows.one(c, SqliteSources::map, "SELECT * FROM sources WHERE lookup = ?", lookup);
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = Rows.insert(
                    c, "INSERT INTO sources (name, home_page, lookup) VALUES (?, ?, ?)", name, homePage, lookup);
            return new Source(id, name, homePage);
        });
    }

    Optional<Source> find(long id) {
        return db.read(c -> Rows.one(c, SqliteSources::map, "SELECT * FROM sources WHERE id = ?", id));
    }

    List<Source> list() {
        return db.read(c -> Rows.list(c, SqliteSources::map, "SELECT * FROM sources ORDER BY name COLLATE NOCASE"));
    }

    static String lookupKey(String name, @Nullable String homePage) {
        if (homePage != null) {
            try {
                String host = URI.create(homePage.trim()).getHost();
                if (host != null && !host.isBlank()) {
                    String h = host.toLowerCase(Locale.ROOT);
                    return "host:" + (h.startsWith("www.") ? h.substring(4) : h);
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: fall back to the name
            }
        }
        return "name:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), Rows.required(rs, "name"), Rows.text(rs, "home_page"));
    }
}
