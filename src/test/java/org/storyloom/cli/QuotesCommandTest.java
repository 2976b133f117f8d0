package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyloom quotes}: a folder of texts to JSON lines, one file to stdout, and its usage errors. */
class QuotesCommandTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void folderToJsonLines(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(
                texts.resolve("a.txt"),
                "\u201cWe will win,\u201d Sergei Shoigu said, Tass reported.",
                StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("b.txt"), "No quotes here.", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("skip.md"), "\"Not read,\" he said.", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.run("quotes", "--dir", texts.toString(), "--jsonl", out.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("quotes: 2 texts, 1 quotes");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode a = json.readTree(lines.get(0));
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.at("/quotes/0/speaker").asText()).isEqualTo("Sergei Shoigu");
        assertThat(a.at("/quotes/0/text").asText()).isEqualTo("We will win,");
        assertThat(a.at("/quotes/0/cue").asText()).isEqualTo("said");
        assertThat(a.at("/attributions/0/reporter").asText()).isEqualTo("Sergei Shoigu");
        assertThat(a.at("/attributions/0/via").asText()).isEqualTo("Tass");
        assertThat(json.readTree(lines.get(1)).get("quotes")).isEmpty();
    }

    @Test
    void oneFileToStandardOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.txt");
        Files.writeString(file, "\"It is over,\" said Mr. Barrett.", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("quotes", file.toString());

        assertThat(run.code()).isZero();
        assertThat(json.readTree(run.out()).at("/quotes/0/speaker").asText()).isEqualTo("Barrett");
    }

    @Test
    void aFolderNeedsAnOutput() {
        CliRun run = CliRun.run("quotes", "--dir", ".");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("--dir needs --jsonl");
    }
}
