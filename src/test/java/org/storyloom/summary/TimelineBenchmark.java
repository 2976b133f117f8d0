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
import org.storyloom.nlp.Nlp;

/**
 * Time of {@link Timeline#of} for one story of real articles, beside a peer measured in the same run: splitting the
 * same articles into sentences ({@link StorySentences#of}), which every summary feature does first. Usage: {@code
 * TimelineBenchmark ARTICLES.jsonl [N=50]}; the first N articles of the file are one story, published an hour apart.
 */
public final class TimelineBenchmark {

    private static final int RUNS = 101;

    private TimelineBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        ObjectMapper json = new ObjectMapper();
        List<SourceArticle> articles = new ArrayList<>();
        Instant start = Instant.parse("2013-07-02T10:00:00Z");
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            articles.add(new SourceArticle(
                    n.path("id").asText(),
                    "",
                    n.path("text").asText(),
                    start.plusSeconds(3600L * articles.size()),
                    ""));
            if (articles.size() == count) {
                break;
            }
        }
        StorySentences splitter = new StorySentences(Nlp.load());
        List<List<StorySentence>> sentences = splitter.of(articles);
        Timeline timeline = new Timeline(new DateMentions());
        long[] split = new long[RUNS];
        long[] dated = new long[RUNS];
        int events = 0;
        for (int warm = 0; warm < 300; warm++) {
            events = timeline.of(articles, sentences).size();
            if (warm % 10 == 0) {
                splitter.of(articles);
            }
        }
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            splitter.of(articles);
            long t1 = System.nanoTime();
            timeline.of(articles, sentences);
            long t2 = System.nanoTime();
            split[i] = t1 - t0;
            dated[i] = t2 - t1;
        }
        Arrays.sort(split);
        Arrays.sort(dated);
        int total = sentences.stream().mapToInt(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d sentences, %d events: timeline median %.2f ms; peer (sentence split) median %.2f ms;"
                        + " ratio %.3f%n",
                articles.size(),
                total,
                events,
                dated[RUNS / 2] / 1e6,
                split[RUNS / 2] / 1e6,
                (double) dated[RUNS / 2] / split[RUNS / 2]);
    }
}
