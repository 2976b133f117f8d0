package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyloom.cli.CliRun.run;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.Feed;
import org.storyloom.model.NewArticle;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** {@code reindex} and {@code search}, in-process on a data folder filled through the store. */
class SearchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void reindexThenSearch() {
        Path data = dir.resolve("data");
        Instant when = Instant.parse("2026-10-01T08:00:00Z");
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(data.resolve("store.sqlite")))) {
            long source = store.sourceFor("Coastal Herald", null).id();
            Feed feed = store.addFeed(source, "https://h.example/feed.xml", "H", null, when)
                    .feed();
            for (String title : new String[] {"Harbour fire destroys warehouse", "Council approves budget"}) {
                String url = "https://h.example/" + title.length();
                store.upsertArticle(new NewArticle(
                        feed.id(),
                        source,
                        url,
                        url,
                        title,
                        null,
                        when,
                        null,
                        null,
                        "<p>" + title + " today.</p>",
                        null,
                        "en",
                        when));
            }
        }
        String flag = "--data=" + data;
        CliRun reindex = run("reindex", flag);
        assertThat(reindex.code()).isZero();
        assertThat(reindex.out()).contains("reindex: 2 articles indexed");
        assertThat(reindex.err()).contains("2/2");

        CliRun found = run("search", flag, "fire");
        assertThat(found.code()).isZero();
        assertThat(found.out().lines().toList()).hasSize(1);
        assertThat(found.out()).contains("\t2026-10-01\tCoastal Herald\tHarbour *fire* destroys warehouse\t");
        assertThat(found.err()).contains("search: 1 matching");

        CliRun json =
                run("search", flag, "--json", "--lang", "en", "--from", "2026-10-01", "--to", "2026-10-01", "council");
        assertThat(json.out()).contains("\"title\":\"Council approves budget\"", "\"source\":\"Coastal Herald\"");
        assertThat(run("search", flag, "--to", "2026-09-30", "council").out()).isEmpty();
        CliRun bad = run("search", flag, "--limit", "0", "x");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("search: --limit");
    }
}
