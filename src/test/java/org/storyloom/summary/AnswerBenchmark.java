package org.storyloom.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.nlp.Nlp;

/**
 * Not a test: answer latency for a 50-article story (JMH, sample time, one thread). Usage: AnswerBenchmark
 * [articles.jsonl]: the first 50 articles of the file (default the full-text articles of
 * ../shared/corpora/clustering/ecbplus-odd), or, without the file, 50 articles made from a hand-written story.
 * Three ways, each a peer of the others in the same run: BM25 alone; BM25 + embeddings with the story's sentence
 * vectors cached (the question alone is embedded); BM25 + embeddings with nothing cached (the question and its
 * BM25 candidates are embedded per question, as for a story seen for the first time). Prints each median.
 */
@SuppressWarnings("NullAway.Init") // JMH calls setUp before any benchmark method
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnswerBenchmark {

    /** Questions of the kinds readers ask, asked in turn. */
    public static final List<String> QUESTIONS = List.of(
            "Who was arrested?",
            "When did the earthquake hit?",
            "How many people were killed?",
            "Where did it happen?",
            "What did the police say?",
            "How much did the company pay?",
            "Who will replace the actor?",
            "Why was the player suspended?");

    @Param("")
    public String articles = "";

    private List<List<StorySentence>> story = List.of();
    private OnnxEmbedder onnx;
    private QuestionAnswerer bm25;
    private QuestionAnswerer hybrid;
    private AnswerIndex plain;
    private AnswerIndex cached;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        story = new StorySentences(Nlp.load()).of(articles(articles));
        onnx = new OnnxEmbedder(1, 16, 128);
        bm25 = new QuestionAnswerer();
        hybrid = new QuestionAnswerer(AnswerConfig.DEFAULTS, onnx::embed);
        plain = AnswerIndex.of(story);
        List<String> texts = new ArrayList<>();
        story.forEach(a -> a.forEach(s -> texts.add(s.text())));
        cached = AnswerIndex.of(story, onnx.embed(texts));
    }

    /** A story index with no sentence vectors yet, made anew for each question (not timed). */
    @State(Scope.Thread)
    @SuppressWarnings("NullAway.Init") // JMH calls fresh before each invocation
    public static class Cold {

        AnswerIndex index;

        @Setup(Level.Invocation)
        public void fresh(AnswerBenchmark story) {
            index = AnswerIndex.of(story.story);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        onnx.close();
    }

    private String question() {
        return QUESTIONS.get(next++ % QUESTIONS.size());
    }

    @Benchmark
    public Answer bm25Only() {
        return bm25.answer(plain, question());
    }

    @Benchmark
    public Answer hybridCachedVectors() {
        return hybrid.answer(cached, question());
    }

    @Benchmark
    public Answer hybridEmbedCandidates(Cold cold) {
        return hybrid.answer(cold.index, question());
    }

    /** The first 50 full-text articles of the file, or the hand-written story repeated when it is absent. */
    public static List<SourceArticle> articles(String file) throws Exception {
        List<SourceArticle> out = new ArrayList<>();
        Path path = Path.of(file.isEmpty() ? "../shared/corpora/clustering/ecbplus-odd/articles.jsonl" : file);
        if (Files.exists(path)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                JsonNode n = json.readTree(line);
                if (out.size() < 50 && !n.path("text").asText("").isBlank()) {
                    out.add(new SourceArticle(
                            n.path("id").asText(),
                            n.path("title").asText(""),
                            n.path("text").asText(),
                            null,
                            ""));
                }
            }
            return out;
        }
        for (int i = 0; out.size() < 50; i++) {
            SourceArticle a = QuestionAnswererTest.STORY.get(i % QuestionAnswererTest.STORY.size());
            out.add(new SourceArticle(a.id() + "-" + i, a.title(), a.text().repeat(8), a.published(), a.source()));
        }
        return out;
    }

    /**
     * Runs the JMH benchmarks of {@code benchmark} (sample time, one fork, one thread, 2 x 3 s warm-up, 3 x 4 s
     * measured) with the given {@code articles} parameter; returns a line per benchmark: median, p90 and p99 in ms.
     */
    public static String latencies(Class<?> benchmark, String articles) throws Exception {
        Options options = new OptionsBuilder()
                .include(benchmark.getSimpleName())
                .param("articles", articles)
                .forks(1)
                .jvmArgsAppend(
                        "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .threads(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(4))
                .build();
        StringBuilder summary = new StringBuilder();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            summary.append(String.format(
                    Locale.ROOT,
                    "%-26s median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                    name.substring(name.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getStatistics().getPercentile(50),
                    r.getPrimaryResult().getStatistics().getPercentile(90),
                    r.getPrimaryResult().getStatistics().getPercentile(99)));
        }
        return summary.toString();
    }

    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0] : "";
        List<SourceArticle> input = articles(file);
        int sentences = new StorySentences(Nlp.load())
                .of(input).stream().mapToInt(List::size).sum();
        String summary = latencies(AnswerBenchmark.class, file);
        System.out.printf(
                Locale.ROOT,
                "answer latency, %d articles, %d sentences, one thread:%n%s",
                input.size(),
                sentences,
                summary);
    }
}
