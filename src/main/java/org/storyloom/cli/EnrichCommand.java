package org.storyloom.cli;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyloom.cluster.ArticleLines;
import org.storyloom.cluster.StoryStage;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityMention;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.ReportAttribution;
import org.storyloom.nlp.Enricher;
import org.storyloom.nlp.Nlp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyloom enrich --in articles.jsonl --out enriched.jsonl}: offline run of the enrichment stage. */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description = "Add hashtags, entities (people, organisations, places), quotes and attributions to articles"
                + " (JSON lines: id, title, text, ...); writes one line per article: id, title and the enrichment.")
public final class EnrichCommand implements Callable<Integer> {

    private static final int CHUNK = 256;

    @CommandLine.Mixin
    JsonLinesFiles files = new JsonLinesFiles();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream err = System.err;
        ObjectMapper json = JsonMapper.builder().build();
        ArticleLines parser = new ArticleLines(json);
        List<String> lines = Files.readAllLines(files.in, StandardCharsets.UTF_8);
        Enricher enricher = new Enricher(Nlp.load());
        ProgressBar progress = new ProgressBar(err, "enrich");
        Set<String> seen = new HashSet<>();
        long started = System.nanoTime();
        int written = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (BufferedWriter writer = Files.newBufferedWriter(files.out, StandardCharsets.UTF_8)) {
            for (int from = 0; from < lines.size(); from += CHUNK) {
                List<Future<ObjectNode>> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(lines.size(), from + CHUNK); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    ArticleLines.Parsed parsed = parser.parse(lines.get(i));
                    if (parsed instanceof ArticleLines.Parsed.Bad bad) {
                        err.println("enrich: line " + (i + 1) + " skipped: " + bad.reason());
                    } else if (parsed instanceof ArticleLines.Parsed.Good good
                            && !seen.add(good.article().id())) {
                        err.println("enrich: line " + (i + 1) + " skipped: duplicate id "
                                + good.article().id());
                    } else if (parsed instanceof ArticleLines.Parsed.Good good) {
                        StoryStage.Incoming a = good.article();
                        chunk.add(pool.submit(() -> line(json, a, enricher.enrich(0, a.title(), a.text(), null))));
                    }
                }
                for (Future<ObjectNode> f : chunk) {
                    writer.write(f.get().toString());
                    writer.newLine();
                    written++;
                }
                progress.update(Math.min(lines.size(), from + CHUNK), lines.size());
            }
        } catch (ExecutionException e) {
            throw new IOException("enrich: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        err.printf("enrich: %d articles in %.1f s, %.1f articles/s%n", written, seconds, written / seconds);
        return 0;
    }

    private static ObjectNode line(ObjectMapper json, StoryStage.Incoming a, Enrichment e) {
        ObjectNode node = json.createObjectNode()
                .put("id", a.id())
                .put("title", a.title())
                .put("language", e.language())
                .put("readingMinutes", e.readingMinutes());
        ArrayNode tags = node.putArray("hashtags");
        e.hashtags().forEach(tags::add);
        ArrayNode entities = node.putArray("entities");
        for (EntityMention m : e.entities()) {
            ObjectNode entity = entities.addObject()
                    .put("name", m.name())
                    .put("type", m.kind().label())
                    .put("key", m.key())
                    .put("salience", Math.round(m.salience() * 1000) / 1000.0);
            ArrayNode aliases = entity.putArray("aliases");
            m.aliases().forEach(aliases::add);
        }
        ArrayNode quotes = node.putArray("quotes");
        for (QuoteMention q : e.quotes()) {
            quotes.addObject().put("speaker", q.speaker()).put("text", q.text()).put("cue", q.cue());
        }
        ArrayNode attributions = node.putArray("attributions");
        for (ReportAttribution r : e.attributions()) {
            attributions
                    .addObject()
                    .put("reporter", r.reporter())
                    .put("via", r.via())
                    .put("sentence", r.sentence());
        }
        return node;
    }
}
