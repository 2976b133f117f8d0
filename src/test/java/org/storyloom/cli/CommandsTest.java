package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        assertThat(run("import-opml", data, opml.toString()).code).isZero();

        Result exported = run("export-opml", data);
        assertThat(exported.code).isZero();
        assertThat(exported.out).contains("https://a.example/feed.xml", "Tech");

        Result missing = run("refresh", data, "999");
        assertThat(missing.code).isEqualTo(1);
        assertThat(missing.err).contains("no such feed: 999").doesNotContain("Exception", "\tat ");

        Result refused = run("add-feed", data, "http://127.0.0.1:9/feed.xml");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).startsWith("storyloom add-feed: ");

        assertThat(run("refresh", data).code).isEqualTo(2);
        assertThat(run("serve", "--help").out).contains("--port", "STORYLOOM_PORT", "--allow-networks");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = StoryloomCommand.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
