package org.storyloom.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyloom.nlp.Nlp;

/**
 * Time to summarise one story of real articles on the calling thread: sentence splitting, then the brief, every
 * article's key points and the timeline (the budget: under 200 ms for 50 articles), and the whole digest
 * with perspectives. Usage: {@code DigestBenchmark ARTICLES.jsonl [N=50]}; the first N articles of the file are one
 * story, published an hour apart. Prints medians and 90th percentiles of 51 runs after warm-up.
 */
public final class DigestBenchmark {

    private static final int RUNS = 51;

    private DigestBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<SourceArticle> articles = read(Path.of(args[0]), count);
        StorySentences splitter = new StorySentences(Nlp.load());
        StoryBrief brief = new StoryBrief(StoryBrief.Config.defaults());
        KeyPoints keyPoints = new KeyPoints(KeyPoints.Config.defaults());
        Timeline timeline = new Timeline(new DateMentions());
        Digester digester = new Digester(splitter);
        long[] core = new long[RUNS];
        long[] whole = new long[RUNS];
        int briefSentences = 0;
        for (int i = -20; i < RUNS; i++) {
            long t0 = System.nanoTime();
            List<List<StorySentence>> sentences = splitter.of(articles);
            briefSentences = brief.of(sentences).size();
            for (int a = 0; a < articles.size(); a++) {
                keyPoints.of(sentences.get(a), articles.get(a).title());
            }
            timeline.of(articles, sentences);
            long t1 = System.nanoTime();
            digester.digest(articles, Map.of());
            long t2 = System.nanoTime();
            if (i >= 0) {
                core[i] = t1 - t0;
                whole[i] = t2 - t1;
            }
        }
        Arrays.sort(core);
        Arrays.sort(whole);
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d-sentence brief: split + brief + key points + timeline median %.1f ms (p90 %.1f);"
                        + " whole digest with perspectives median %.1f ms (p90 %.1f)%n",
                articles.size(),
                briefSentences,
                core[RUNS / 2] / 1e6,
                core[RUNS * 9 / 10] / 1e6,
                whole[RUNS / 2] / 1e6,
                whole[RUNS * 9 / 10] / 1e6);
    }

    private static List<SourceArticle> read(Path file, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SourceArticle> articles = new ArrayList<>();
        Instant start = Instant.parse("2013-07-02T10:00:00Z");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            articles.add(new SourceArticle(
                    n.path("id").asText(),
                    n.path("title").asText(""),
                    n.path("text").asText(),
                    start.plusSeconds(3600L * articles.size()),
                    "outlet " + articles.size() % 7));
            if (articles.size() == count) {
                break;
            }
        }
        return articles;
    }
}
