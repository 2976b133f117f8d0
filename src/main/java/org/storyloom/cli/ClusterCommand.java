package org.storyloom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyloom.cluster.ArticleLines;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.Embedder;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryEvent;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyloom cluster --in articles.jsonl --out stories.jsonl}: offline run of the stories stage. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Group articles (JSON lines: id, title, text, published, source, url) into stories; "
                + "writes one {\"id\",\"story\"} line per article.")
public final class ClusterCommand implements Callable<Integer> {

    private static final int BATCH = 64;

    @CommandLine.Mixin
    JsonLinesFiles files = new JsonLinesFiles();

    @Option(
            names = "--window-days",
            defaultValue = "3",
            description = "Active window in days (default: ${DEFAULT-VALUE}).")
    int windowDays;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Batches embedded at once, one thread each (default: ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (OnnxEmbedder embedder = new OnnxEmbedder(threads, 16, 128)) {
            return run(embedder);
        }
    }

    /** Runs over the input with the given embedder (tests pass a small one). */
    public int run(Embedder embedder) throws IOException {
        return run(embedder, ClusterConfig.defaults().withWindow(Duration.ofDays(windowDays)));
    }

    /** Runs over the input with the given embedder and settings (tests and tuning runs). */
    public int run(Embedder embedder, ClusterConfig config) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        StoryStage stage = new StoryStage(
                new Deduplicator(DedupConfig.defaults()),
                embedder,
                new StoryClusterer(config, embedder.dimensions()),
                InstantSource.fixed(Instant.EPOCH),
                500);
        long total;
        try (var lines = Files.lines(files.in, StandardCharsets.UTF_8)) {
            total = lines.count();
        }
        Progress progress = new Progress(err, total);
        Map<String, String> storyOf = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        ArticleLines parser = new ArticleLines(JsonMapper.builder().build());
        List<StoryStage.Incoming> batch = new ArrayList<>(BATCH);
        try (BufferedReader reader = Files.newBufferedReader(files.in, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                progress.step();
                if (line.isBlank()) {
                    continue;
                }
                ArticleLines.Parsed parsed = parser.parse(line);
                if (parsed instanceof ArticleLines.Parsed.Bad bad) {
                    err.println("cluster: line " + number + " skipped: " + bad.reason());
                } else if (parsed instanceof ArticleLines.Parsed.Good good) {
                    if (!seen.add(good.article().id())) {
                        err.println("cluster: line " + number + " skipped: duplicate id "
                                + good.article().id());
                        continue;
                    }
                    batch.add(good.article());
                    if (batch.size() == BATCH) {
                        apply(stage.process(batch), storyOf);
                        batch.clear();
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            apply(stage.process(batch), storyOf);
        }
        apply(stage.maintain(), storyOf);
        progress.done();
        write(storyOf, JsonMapper.builder().build());
        err.println(
                "cluster: " + storyOf.size() + " articles in " + new HashSet<>(storyOf.values()).size() + " stories");
        err.flush();
        return 0;
    }

    private static void apply(StoryStage.Batch batch, Map<String, String> storyOf) {
        for (StoryStage.Outcome outcome : batch.outcomes()) {
            storyOf.put(outcome.articleId(), outcome.placement().storyId());
        }
        apply(batch.events(), storyOf);
    }

    private static void apply(List<StoryEvent> events, Map<String, String> storyOf) {
        for (StoryEvent event : events) {
            switch (event) {
                case StoryEvent.Merged merged -> merged.articleIds().forEach(id -> storyOf.put(id, merged.into()));
                case StoryEvent.Split split -> split.articleIds().forEach(id -> storyOf.put(id, split.into()));
            }
        }
    }

    private void write(Map<String, String> storyOf, ObjectMapper mapper) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(files.out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : storyOf.entrySet()) {
                writer.write(mapper.createObjectNode()
                        .put("id", e.getKey())
                        .put("story", e.getValue())
                        .toString());
                writer.newLine();
            }
        }
    }

    /** A one-line progress bar on stderr, redrawn every few hundred lines. */
    private static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final long started = System.nanoTime();
        private long done;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = Math.max(1, total);
        }

        void step() {
            if (++done % 256 == 0) {
                draw();
            }
        }

        void done() {
            draw();
            err.println();
        }

        private void draw() {
            int width = 30;
            int filled = (int) (width * Math.min(done, total) / total);
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            err.print('\r');
            err.printf(
                    "cluster [%s%s] %d/%d %.0f articles/s",
                    "#".repeat(filled), ".".repeat(width - filled), done, total, done / seconds);
            err.flush();
        }
    }
}
