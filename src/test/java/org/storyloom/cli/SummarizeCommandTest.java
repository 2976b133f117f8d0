package org.storyloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyloom summarize}: key points per article, a brief and timeline per story, bad lines skipped. */
class SummarizeCommandTest {

    private static final String FIRE = "A fire destroyed a grain warehouse at Northport harbour on Tuesday night,"
            + " forcing the evacuation of 200 nearby homes. Firefighters battled the blaze for six hours before"
            + " bringing it under control early on Wednesday. No one was injured, the Northport fire service said."
            + " The warehouse, built in 1962, stored about 4,000 tonnes of wheat awaiting export.";
    private static final String BURN = "A grain warehouse at Northport harbour burned down on Tuesday night and"
            + " about 250 homes nearby were evacuated. Local councillor Amir Haddad called for a review of fire"
            + " safety at the port. Ships are being diverted to the southern berths, the harbour authority said.";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keyPointsOfEachArticle(@TempDir Path dir) throws Exception {
        Path in = lines(
                dir,
                List.of(
                        Map.of("id", "a", "title", "Warehouse fire", "text", FIRE),
                        Map.of("id", "b", "title", "Store burns", "text", BURN)));
        Files.writeString(in, "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.run("summarize", "--in", in.toString(), "--out", out.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("line 3 skipped: not JSON", "summarize: 2 articles");
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(written).hasSize(2);
        JsonNode a = json.readTree(written.getFirst());
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("keyPoints")).hasSize(3);
        assertThat(a.at("/keyPoints/0").asText()).startsWith("A fire destroyed a grain warehouse");
    }

    @Test
    void aCitedBriefAndTimelinePerStory(@TempDir Path dir) throws Exception {
        Path in = lines(
                dir,
                List.of(
                        Map.of(
                                "id",
                                "a",
                                "story",
                                "s1",
                                "text",
                                FIRE,
                                "published",
                                "2026-03-04T07:00:00Z",
                                "source",
                                "H"),
                        Map.of(
                                "id",
                                "b",
                                "story",
                                "s1",
                                "text",
                                BURN,
                                "published",
                                "2026-03-04T09:00:00Z",
                                "source",
                                "G"),
                        Map.of("id", "c", "text", BURN)));
        Path out = dir.resolve("briefs.jsonl");

        CliRun run = CliRun.run("summarize", "--stories", "--in", in.toString(), "--out", out.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("line 3 skipped: no story", "summarize: 1 stories");
        JsonNode story =
                json.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).getFirst());
        assertThat(story.get("story").asText()).isEqualTo("s1");
        assertThat(story.get("brief"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("sources")).isNotEmpty());
        assertThat(story.get("timeline").findValuesAsText("date"))
                .startsWith("1962-01-01")
                .contains("2026-03-03", "2026-03-04")
                .isSorted();
        assertThat(story.at("/numbers/0/quantity").asText()).contains("homes");
    }

    @Test
    void needsItsInputAndOutput() {
        assertThat(CliRun.run("summarize").code()).isEqualTo(2);
    }

    private Path lines(Path dir, List<Map<String, String>> articles) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Map<String, String> article : articles) {
            text.append(json.writeValueAsString(article)).append('\n');
        }
        return Files.writeString(dir.resolve("in.jsonl"), text, StandardCharsets.UTF_8);
    }
}
