package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cli.ClusterCommand;
import org.storyloom.cli.StoryloomCommand;
import picocli.CommandLine;

class ClusterCommandTest {

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(
                in,
                String.join(
                        "\n",
                        "{\"id\":\"q1\",\"title\":\"Earthquake strikes Sumatra\",\"published\":\"2025-03-10T08:00:00Z\","
                                + "\"source\":\"A\",\"url\":\"https://a.example/q1\"}",
                        "this is not json",
                        "{\"title\":\"no id\"}",
                        "{\"id\":\"x\"}",
                        "{\"id\":7,\"title\":\"Cup final won by Rovers at Wembley\",\"text\":\"Rovers won the cup final.\"}",
                        "",
                        "{\"id\":\"q2\",\"title\":\"Earthquake strikes Sumatra, warning lifted\","
                                + "\"published\":\"2025-03-10T09:00:00+01:00\",\"source\":\"B\"}",
                        "{\"id\":\"q2\",\"title\":\"duplicate id\"}",
                        "{\"id\":\"f2\",\"title\":\"Rovers celebrate cup final win at Wembley\",\"published\":\"bad date\"}"));
        return in;
    }

    @Test
    void clustersJsonLinesSkippingBadOnesWithAReason() throws Exception {
        Path out = dir.resolve("stories.jsonl");
        StringWriter err = new StringWriter();
        ClusterCommand command = new ClusterCommand();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));
        cli.parseArgs("--in", input().toString(), "--out", out.toString());

        assertThat(command.run(new BagOfWordsEmbedder())).isZero();

        Map<String, String> storyOf = read(out);
        assertThat(storyOf).containsOnlyKeys("q1", "7", "q2", "f2");
        assertThat(storyOf.get("q2")).isEqualTo(storyOf.get("q1"));
        assertThat(storyOf.get("f2")).isEqualTo(storyOf.get("7")).isNotEqualTo(storyOf.get("q1"));
        assertThat(err.toString())
                .contains("cluster: line 2 skipped: not JSON")
                .contains("cluster: line 3 skipped: no id")
                .contains("cluster: line 4 skipped: no title and no text")
                .contains("cluster: line 8 skipped: duplicate id q2")
                .contains("articles/s");
    }

    @Test
    void runsThroughTheRootCommandWithTheRealModel() throws Exception {
        Path out = dir.resolve("stories.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StoryloomCommand());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("cluster", "--in", input().toString(), "--out", out.toString());

        assertThat(exit).isZero();
        Map<String, String> storyOf = read(out);
        assertThat(storyOf).hasSize(4);
        assertThat(storyOf.get("q2")).isEqualTo(storyOf.get("q1"));
        assertThat(storyOf.get("f2")).isNotEqualTo(storyOf.get("q1"));
    }

    private static Map<String, String> read(Path out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> storyOf = new HashMap<>();
        List<String> lines = Files.readAllLines(out);
        for (String line : lines) {
            JsonNode node = mapper.readTree(line);
            storyOf.put(node.get("id").asText(), node.get("story").asText());
        }
        return storyOf;
    }
}
