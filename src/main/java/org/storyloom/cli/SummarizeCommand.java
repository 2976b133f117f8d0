package org.storyloom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyloom.cluster.ArticleLines;
import org.storyloom.cluster.StoryStage;
import org.storyloom.nlp.Nlp;
import org.storyloom.summary.CitedSentence;
import org.storyloom.summary.Digester;
import org.storyloom.summary.KeyPoints;
import org.storyloom.summary.NumberClaim;
import org.storyloom.summary.NumberDispute;
import org.storyloom.summary.SourceArticle;
import org.storyloom.summary.StoryDigest;
import org.storyloom.summary.StorySentence;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.TimelineEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyloom summarize --in articles.jsonl --out keypoints.jsonl}: key points of each article; with
 * {@code --stories}, a cited brief and a timeline per story (input lines carry {@code "story"}).
 */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Key points of each article (JSON lines: id, title, text, published, source); with --stories,"
                + " one cited brief and timeline per story (lines also carry \"story\").")
public final class SummarizeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    JsonLinesFiles files = new JsonLinesFiles();

    @Option(
            names = "--stories",
            description = "Summarise stories (grouped by the \"story\" field) instead of articles.")
    boolean stories;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        ObjectMapper json = JsonMapper.builder().build();
        Map<String, List<SourceArticle>> groups = read(json, err);
        StorySentences splitter = new StorySentences(Nlp.load());
        Digester digester = new Digester(splitter);
        ProgressBar progress = new ProgressBar(err, "summarize");
        long started = System.nanoTime();
        int done = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(files.out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<SourceArticle>> group : groups.entrySet()) {
                ObjectNode line = stories
                        ? storyLine(json, group.getKey(), digester.digest(group.getValue(), Map.of()))
                        : articleLine(json, group.getValue().getFirst(), splitter);
                writer.write(line.toString());
                writer.newLine();
                progress.update(++done, groups.size());
            }
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        err.printf("summarize: %d %s in %.1f s%n", done, stories ? "stories" : "articles", seconds);
        return 0;
    }

    private ObjectNode articleLine(ObjectMapper json, SourceArticle article, StorySentences splitter) {
        List<StorySentence> sentences = splitter.of(article, 0);
        ObjectNode node = json.createObjectNode().put("id", article.id()).put("sentences", sentences.size());
        ArrayNode points = node.putArray("keyPoints");
        for (CitedSentence point : new KeyPoints(KeyPoints.Config.defaults()).of(sentences, article.title())) {
            points.add(point.text());
        }
        return node;
    }

    private static ObjectNode storyLine(ObjectMapper json, String story, StoryDigest digest) {
        ObjectNode node = json.createObjectNode().put("story", story);
        cited(node.putArray("brief"), digest.brief());
        cited(node.putArray("latest"), digest.latest());
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEvent event : digest.timeline()) {
            ObjectNode item = timeline.addObject()
                    .put("date", event.date().toString())
                    .put("precision", event.precision().name().toLowerCase(Locale.ROOT))
                    .put("text", event.event().text());
            ArrayNode sources = item.putArray("sources");
            event.event().sources().forEach(sources::add);
        }
        ArrayNode numbers = node.putArray("numbers");
        for (NumberDispute dispute : digest.perspectives().numbers()) {
            ObjectNode item = numbers.addObject().put("quantity", dispute.quantity());
            ArrayNode claims = item.putArray("claims");
            for (NumberClaim claim : dispute.claims()) {
                claims.addObject()
                        .put("value", claim.written())
                        .put("amount", claim.amount())
                        .put("source", claim.articleId());
            }
        }
        return node;
    }

    private static void cited(ArrayNode array, List<CitedSentence> sentences) {
        for (CitedSentence sentence : sentences) {
            ObjectNode item = array.addObject().put("text", sentence.text());
            ArrayNode sources = item.putArray("sources");
            sentence.sources().forEach(sources::add);
        }
    }

    /** Articles grouped by story (by their own id without --stories), in input order; bad lines are reported. */
    private Map<String, List<SourceArticle>> read(ObjectMapper json, PrintStream err) throws IOException {
        ArticleLines parser = new ArticleLines(json);
        Map<String, List<SourceArticle>> groups = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(files.in, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ArticleLines.Parsed parsed = parser.parse(line);
            if (parsed instanceof ArticleLines.Parsed.Bad bad) {
                err.println("summarize: line " + (i + 1) + " skipped: " + bad.reason());
                continue;
            }
            StoryStage.Incoming a = ((ArticleLines.Parsed.Good) parsed).article();
            String key = a.id();
            if (stories) {
                JsonNode story = json.readTree(line).get("story");
                if (story == null || story.isNull() || story.asText().isBlank()) {
                    err.println("summarize: line " + (i + 1) + " skipped: no story");
                    continue;
                }
                key = story.asText();
            } else if (groups.containsKey(key)) {
                err.println("summarize: line " + (i + 1) + " skipped: duplicate id " + key);
                continue;
            }
            String source = a.source() == null ? "" : a.source();
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new SourceArticle(a.id(), a.title(), a.text(), a.published(), source));
        }
        return groups;
    }
}
