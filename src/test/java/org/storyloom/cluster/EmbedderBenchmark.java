package org.storyloom.cluster;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Not a test: embeddings/s of {@link OnnxEmbedder} alone for one setup. Usage: EmbedderBenchmark TEXTS THREADS
 * BATCH MAX_TOKENS CALL [articles.jsonl]: TEXTS title-plus-lead texts (generated, or the first TEXTS lines of
 * the file), embedded CALL texts per {@code embed} call (the stage embeds one call per batch of articles).
 */
public final class EmbedderBenchmark {

    private EmbedderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int maxTokens = Integer.parseInt(args[3]);
        int call = Integer.parseInt(args[4]);
        List<String> texts = texts(total, args.length > 5 ? Path.of(args[5]) : null);
        try (OnnxEmbedder embedder = new OnnxEmbedder(threads, batch, maxTokens)) {
            embedder.embed(texts.subList(0, Math.min(texts.size(), 256))); // warm-up
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (int from = 0; from < texts.size(); from += call) {
                embedder.embed(texts.subList(from, Math.min(texts.size(), from + call)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf(
                    "threads %d batch %d maxTokens %d call %d: %d texts of %.1f tokens (mean), %.1f embeddings/s,"
                            + " %.1f per CPU-second%n",
                    threads,
                    batch,
                    maxTokens,
                    call,
                    texts.size(),
                    meanTokens(texts, maxTokens),
                    texts.size() / seconds,
                    texts.size() / cpuSeconds);
        }
    }

    private static double meanTokens(List<String> texts, int maxTokens) throws Exception {
        try (var in = OnnxEmbedder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
                HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                        in, Map.of("maxLength", Integer.toString(maxTokens), "truncation", "true"))) {
            return texts.stream()
                    .mapToInt(t -> tokenizer.encode(t).getIds().length)
                    .average()
                    .orElse(0);
        }
    }

    private static List<String> texts(int total, @Nullable Path file) throws Exception {
        List<String> out = new ArrayList<>();
        if (file != null) {
            ArticleLines lines = new ArticleLines(new ObjectMapper());
            for (String line : Files.readAllLines(file)) {
                if (out.size() < total && lines.parse(line) instanceof ArticleLines.Parsed.Good g) {
                    out.add(StoryStage.embeddingText(
                            g.article().title(), g.article().text()));
                }
            }
            return out;
        }
        ArticleGenerator generator = new ArticleGenerator(new Random(1));
        for (int i = 0; i < total; i++) {
            StoryStage.Incoming a = generator.next(i);
            out.add(StoryStage.embeddingText(a.title(), a.text()));
        }
        return out;
    }
}
