package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyloom.cli.CliRun.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.app.App;
import org.storyloom.app.AppConfig;
import org.storyloom.model.Feed;
import org.storyloom.model.NewArticle;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** {@code reindex} and {@code search}, in-process on a data folder filled through the store, alone and beside serve. */
class SearchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void reindexThenSearch() {
        Path data = dir.resolve("data");
        fill(data);
        String flag = "--data=" + data;
        CliRun reindex = run("reindex", flag);
        assertThat(reindex.code()).isZero();
        assertThat(reindex.out()).contains("reindex: 2 articles indexed");
        assertThat(reindex.err()).contains("2/2");

        CliRun found = run("search", flag, "fire");
        assertThat(found.code()).isZero();
        assertThat(found.out().lines().toList()).hasSize(1);
        assertThat(found.out()).contains("\t2026-10-01\tCoastal Herald\tHarbour *fire* destroys warehouse\t");
        assertThat(found.err()).contains("search: 1 matching", "hybrid: BM25 + vectors");

        CliRun json =
                run("search", flag, "--json", "--lang", "en", "--from", "2026-10-01", "--to", "2026-10-01", "council");
        assertThat(json.out())
                .contains(
                        "\"type\":\"article\"",
                        "\"title\":\"Council approves budget\"",
                        "\"source\":\"Coastal Herald\"");
        assertThat(run("search", flag, "--to", "2026-09-30", "council").out()).isEmpty();
        assertThat(run("search", flag, "--bm25", "fire").err()).contains("1 matching", "BM25 only: vectors turned off");
        CliRun bad = run("search", flag, "--limit", "0", "x");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("search: --limit");
    }

    @Test
    void searchBeforeAnyIndexSaysHowToMakeOne() {
        Path data = dir.resolve("data");
        fill(data);
        CliRun none = run("search", "--data=" + data, "fire");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("there is no index", "storyloom reindex");
    }

    @Test
    void searchAndReindexWorkWhileServeHoldsTheIndex() throws Exception {
        Path data = dir.resolve("data");
        fill(data);
        String flag = "--data=" + data;
        AppConfig config =
                new AppConfig(data, "127.0.0.1", 0, List.of(), false, Duration.ofMinutes(5), Duration.ofHours(24));
        try (App serve = new App(config, InstantSource.system())) {
            serve.serve();
            assertThat(data.resolve("serve.json")).exists();
            if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("serve.json"))))
                        .isEqualTo("rw-------");
            }
            CliRun reindex = run("reindex", flag);
            assertThat(reindex.code()).isZero();
            assertThat(reindex.out())
                    .contains("reindex: 2 articles indexed by the running server (pid "
                            + ProcessHandle.current().pid() + ")");
            CliRun found = run("search", flag, "--bm25", "fire");
            assertThat(found.code()).isZero();
            assertThat(found.out()).contains("Harbour *fire* destroys warehouse");

            // the admin endpoint wants the token, and answers on loopback only
            int port = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(data.resolve("serve.json").toFile())
                    .path("adminPort")
                    .asInt();
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> refused = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/reindex"))
                                .header("Authorization", "Bearer guess")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(403);
            }
        }
        assertThat(data.resolve("serve.json")).doesNotExist();
        assertThat(run("reindex", flag).out()).isEqualTo("reindex: 2 articles indexed\n");
    }

    @Test
    void reindexRefusesWhenAnotherProcessHoldsTheIndexWithoutAServer() {
        Path data = dir.resolve("data");
        fill(data);
        try (LuceneIndex holder = LuceneIndex.open(data.resolve("search.lucene"))) {
            CliRun reindex = run("reindex", "--data=" + data);
            assertThat(reindex.code()).isEqualTo(1);
            assertThat(reindex.err()).contains("another process holds the search index");
            assertThat(holder.count()).isZero();
        }
    }

    private static void fill(Path data) {
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
    }
}
