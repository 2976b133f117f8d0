package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseFeedCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerInputAndSurvivesJunk() throws Exception {
        Path good = copy("rss20.xml");
        Path broken = copy("malformed.xml");
        Path junk = copy("binary-junk.bin");
        Path missing = dir.resolve("missing.xml");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StoryloomCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("parse-feed", good.toString(), broken.toString(), junk.toString(), missing.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        assertThat(first.get("input").asText()).isEqualTo(good.toString());
        JsonNode entry = first.get("feed").get("entries").get(0);
        assertThat(first.get("feed").get("title").asText()).isEqualTo("Harbour Gazette");
        assertThat(entry.get("id").asText()).isEqualTo("gazette-1001");
        assertThat(entry.get("published").asText()).isEqualTo("2025-06-03T07:30:00Z");
        assertThat(entry.get("categories")).hasSize(2);
        assertThat(entry.get("enclosures").get(0).get("length").asLong()).isEqualTo(123456);
        assertThat(mapper.readTree(lines.get(1)).get("feed").get("entries")).hasSize(2);
        for (String line : lines.subList(2, 4)) {
            assertThat(mapper.readTree(line).get("error").asText()).startsWith("feed: ");
        }
    }

    @Test
    void aSlowInputTimesOutAndTheRunContinues() throws Exception {
        Path fifo = dir.resolve("never-written");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() != 0) {
            return; // no FIFOs on this system
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StoryloomCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute(
                "parse-feed",
                "--timeout-ms=300",
                fifo.toString(),
                copy("atom10.xml").toString());
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"error\":\"feed: ");
        assertThat(lines.get(1)).contains("\"title\":\"Atom Blog\"");
    }

    private Path copy(String fixture) throws Exception {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/feed/" + fixture))) {
            Path target = dir.resolve(fixture);
            Files.copy(in, target);
            return target;
        }
    }
}
