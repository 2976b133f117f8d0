package org.storyloom.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
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
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.nlp.Nlp;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;
import org.storyloom.summary.Answer;
import org.storyloom.summary.AnswerBenchmark;
import org.storyloom.summary.SourceArticle;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;

/**
 * Not a test: a reader's question about a 50-article story, the whole way the story page asks it
 * ({@link StoryAnswers#ask}: the story's articles read from a SQLite store, split, the stored sentence vectors looked
 * up, BM25 and embedding retrieval, the answer). JMH sample time, one thread. Three peers in one run, each the
 * story version's first question: as serving it, with the sentence vectors made and the index prepared ahead by
 * {@link SentenceVectorWorker}; with the vectors stored but the index not in memory (evicted, or just restarted),
 * so it is built from the store first; with nothing made ahead (the index is built and the question's candidate
 * sentences embedded). Before JMH, prints what making the vectors and the index ahead cost. Usage:
 * StoryAnswersBenchmark [articles.jsonl] (as {@link AnswerBenchmark}).
 */
@SuppressWarnings("NullAway.Init") // JMH calls setUp before any benchmark method
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoryAnswersBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(3);

    @Param("")
    public String articles = "";

    private Path dir;
    private SqliteStore ahead;
    private SqliteStore none;
    private long story;
    private OnnxEmbedder model;
    private StorySentences splitter;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("answers-bench");
        List<SourceArticle> input = AnswerBenchmark.articles(articles);
        splitter = new StorySentences(Nlp.load());
        model = new OnnxEmbedder(1, 16, 128);
        ahead = new SqliteStore(SqliteConfig.at(dir.resolve("ahead.sqlite")));
        none = new SqliteStore(SqliteConfig.at(dir.resolve("none.sqlite")));
        story = storyOf(ahead, input);
        storyOf(none, input);
        worker(ahead, answers(ahead)).runOnce(Integer.MAX_VALUE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ahead.close();
        none.close();
        model.close();
    }

    /** A story page asking its first question of a story version: nothing of it in memory yet (not timed). */
    @State(Scope.Thread)
    @SuppressWarnings("NullAway.Init") // JMH calls fresh before each invocation
    public static class Fresh {

        StoryAnswers prepared;
        StoryAnswers vectorsOnly;
        StoryAnswers none;

        @Setup(Level.Invocation)
        public void fresh(StoryAnswersBenchmark bench) {
            prepared = bench.answers(bench.ahead);
            prepared.prepare(bench.ahead.findStory(bench.story).orElseThrow());
            vectorsOnly = bench.answers(bench.ahead);
            none = bench.answers(bench.none);
        }
    }

    @Benchmark
    public Answer preparedAhead(Fresh fresh) {
        return fresh.prepared.ask(story, question()).orElseThrow();
    }

    @Benchmark
    public Answer vectorsAheadIndexBuilt(Fresh fresh) {
        return fresh.vectorsOnly.ask(story, question()).orElseThrow();
    }

    @Benchmark
    public Answer nothingAhead(Fresh fresh) {
        return fresh.none.ask(story, question()).orElseThrow();
    }

    private String question() {
        return AnswerBenchmark.QUESTIONS.get(next++ % AnswerBenchmark.QUESTIONS.size());
    }

    StoryAnswers answers(SqliteStore store) {
        return new StoryAnswers(store, new ArticleBodies(store), () -> splitter, model::embed, LlmRewrites.off());
    }

    private SentenceVectorWorker worker(SqliteStore store, StoryAnswers answers) {
        return new SentenceVectorWorker(
                store, new ArticleBodies(store), splitter, model::embed, answers, WINDOW, InstantSource.fixed(NOW));
    }

    /** The articles as one story of the store, from 20 outlets, a minute apart; returns its id. */
    static long storyOf(SqliteStore store, List<SourceArticle> input) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            SourceArticle a = input.get(i);
            ids.add(StoredStories.article(
                    store, "outlet" + i % 20, "a" + i, a.title(), a.text(), NOW.minusSeconds(60L * i)));
        }
        return StoredStories.story(store, ids, NOW, NOW).id();
    }

    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0] : "";
        List<SourceArticle> input = AnswerBenchmark.articles(file);
        StoryAnswersBenchmark once = new StoryAnswersBenchmark();
        once.articles = file;
        once.setUp(); // made ahead once here, untimed, to warm up
        Path fresh = once.dir.resolve("timed.sqlite");
        int sentences;
        long cpu;
        long wall;
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(fresh))) {
            storyOf(store, input);
            var thread = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = thread.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            sentences = once.worker(store, once.answers(store)).runOnce(Integer.MAX_VALUE);
            wall = System.nanoTime() - wall0;
            cpu = thread.getCurrentThreadCpuTime() - cpu0;
        } finally {
            once.tearDown();
        }
        String summary = AnswerBenchmark.latencies(StoryAnswersBenchmark.class, file);
        System.out.printf(
                Locale.ROOT,
                "made ahead for %d articles (vectors and index): %d sentences in %.2f s wall, %.2f s of this"
                        + " thread's CPU (%.0f sentences per CPU-second, ONNX on one thread)%n"
                        + "question about that story, whole path, one thread:%n%s",
                input.size(),
                sentences,
                wall / 1e9,
                cpu / 1e9,
                sentences / (cpu / 1e9),
                summary);
    }
}
