package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyloom.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data commands, run in-process on a temporary data directory. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void importExportAndErrors() throws Exception {
        Path opml = dir.resolve("in.opml");
        Files.writeString(opml, """
                <opml version="1.0"><body><outline text="Tech">
                <outline text="Feed A" xmlUrl="https://a.example/feed.xml"/>
                </outline></body></opml>
                """);
        String data = "--data=" + dir.resolve("data");
        assertThat(run("import-opml", data, opml.toString()).code()).isZero();

        CliRun exported = run("export-opml", data);
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).contains("https://a.example/feed.xml", "Tech");

        CliRun missing = run("refresh", data, "999");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such feed: 999").doesNotContain("Exception", "\tat ");

        CliRun refused = run("add-feed", data, "http://127.0.0.1:9/feed.xml");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("storyloom add-feed: ");

        assertThat(run("refresh", data).code()).isEqualTo(2);
        assertThat(run("serve", "--help").out()).contains("--port", "STORYLOOM_PORT", "--allow-networks");
    }
}
