package org.storyloom.nlp;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyloom.cluster.ArticleLines;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.model.Enrichment;

/**
 * Not a test: the steady-state cost per article of enrichment against clustering, in one process with both
 * stages loaded once and warmed up on the input (no model loading, little JIT in the timed passes). Each timed
 * round runs, in turn, three passes over the same articles:
 * <ul>
 *   <li>enrich, fresh threads: the {@link Enricher} on 2 worker threads as {@code storyloom enrich} runs it, on
 *       a new pool and over {@link Nlp#fresh()}, so the per-thread OpenNLP tools and the memory of words met (the
 *       tokenizer's cuts, the tagger's feature weights) start empty as in a process that enriches these articles
 *       once;
 *   <li>enrich, warm threads: the same on one pool and one enricher kept across passes (the word memory already
 *       holds every word of the input: the best case of a long-running server);
 *   <li>cluster: dedup + MiniLM embedding (2 threads) + clustering in batches of 64 as {@code storyloom cluster}
 *       runs it, with a fresh deduplicator and clusterer each pass.
 * </ul>
 * Parsing the input and writing the output lines are left out of both. CPU is the whole process's (the ONNX
 * runtime's native threads, GC and JIT included). Usage: EnrichCostBenchmark ROUNDS WARMUP ARTICLES.jsonl...
 */
public final class EnrichCostBenchmark {

    private static final int THREADS = 2;
    private static final int BATCH = 64;

    private record Cost(double cpuMs, double wallMs, double jitMs) {}

    private final List<StoryStage.Incoming> articles;
    private final Enricher enricher;
    private final Nlp nlp;
    private final OnnxEmbedder embedder;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final ExecutorService warmPool = Executors.newFixedThreadPool(THREADS);
    /** Folded from every pass's output so no work can be skipped. */
    private long sink;

    private EnrichCostBenchmark(List<StoryStage.Incoming> articles, Nlp nlp, OnnxEmbedder embedder) {
        this.articles = articles;
        this.nlp = nlp;
        this.enricher = new Enricher(nlp);
        this.embedder = embedder;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        List<StoryStage.Incoming> articles = read(Arrays.asList(args).subList(2, args.length));
        long loading = System.nanoTime();
        Nlp nlp = Nlp.load();
        try (OnnxEmbedder embedder = new OnnxEmbedder(THREADS, 16, 128)) {
            System.out.printf(
                    "steady state: %d articles, both stages loaded in %.1f s; %d warm-up and %d timed rounds%n",
                    articles.size(), (System.nanoTime() - loading) / 1e9, warmup, rounds);
            new EnrichCostBenchmark(articles, nlp, embedder).run(rounds, warmup);
        }
    }

    private void run(int rounds, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            enrich(new Enricher(nlp.fresh()), Executors.newFixedThreadPool(THREADS));
            enrich(enricher, warmPool);
            cluster();
        }
        Cost[][] costs = new Cost[3][rounds];
        String[] names = {"enrich (fresh threads)", "enrich (warm threads)", "cluster"};
        for (int r = 0; r < rounds; r++) {
            Enricher fresh = new Enricher(nlp.fresh()); // made outside the timing: the gazetteer is read here
            ExecutorService freshPool = Executors.newFixedThreadPool(THREADS);
            costs[0][r] = measure(() -> enrich(fresh, freshPool));
            costs[1][r] = measure(() -> enrich(enricher, warmPool));
            costs[2][r] = measure(this::cluster);
            System.out.printf(
                    "round %d: per article cpu/wall ms: enrich fresh %.2f/%.2f, warm %.2f/%.2f, cluster %.2f/%.2f%n",
                    r + 1,
                    costs[0][r].cpuMs() / articles.size(),
                    costs[0][r].wallMs() / articles.size(),
                    costs[1][r].cpuMs() / articles.size(),
                    costs[1][r].wallMs() / articles.size(),
                    costs[2][r].cpuMs() / articles.size(),
                    costs[2][r].wallMs() / articles.size());
        }
        System.out.printf(
                "%-24s %12s %12s %12s   (medians of %d rounds)%n",
                "per article", "cpu ms", "wall ms", "jit ms/pass", rounds);
        for (int k = 0; k < 3; k++) {
            System.out.printf(
                    "%-24s %12.2f %12.2f %12.0f%n",
                    names[k],
                    median(costs[k], Cost::cpuMs) / articles.size(),
                    median(costs[k], Cost::wallMs) / articles.size(),
                    median(costs[k], Cost::jitMs));
        }
        for (int k = 0; k < 2; k++) {
            System.out.printf(
                    "%s / cluster per article: cpu %.2f, wall %.2f (median of same-round ratios; goal <= 0.50)%n",
                    names[k],
                    medianRatio(costs[k], costs[2], Cost::cpuMs),
                    medianRatio(costs[k], costs[2], Cost::wallMs));
        }
        System.out.println("(checksum " + sink + ")");
        warmPool.shutdownNow();
    }

    private interface Pass {
        void run() throws Exception;
    }

    private Cost measure(Pass pass) throws Exception {
        long cpu = os.getProcessCpuTime();
        long compiled = jit.getTotalCompilationTime();
        long start = System.nanoTime();
        pass.run();
        return new Cost(
                (os.getProcessCpuTime() - cpu) / 1e6,
                (System.nanoTime() - start) / 1e6,
                jit.getTotalCompilationTime() - compiled);
    }

    /**
     * One enrichment pass on 2 worker threads, as the command submits articles (chunks of 256); a pool other than
     * the warm one is shut down after the pass.
     */
    private void enrich(Enricher stage, ExecutorService pool) throws Exception {
        try {
            for (int from = 0; from < articles.size(); from += 256) {
                List<Future<Enrichment>> chunk = new ArrayList<>();
                for (StoryStage.Incoming a : articles.subList(from, Math.min(articles.size(), from + 256))) {
                    chunk.add(pool.submit(() -> stage.enrich(0, a.title(), a.text(), null)));
                }
                for (Future<Enrichment> f : chunk) {
                    Enrichment e = f.get();
                    sink += e.hashtags().size()
                            + e.entities().size() * 31L
                            + e.quotes().size() * 997L;
                }
            }
        } finally {
            if (pool != warmPool) {
                pool.shutdownNow();
            }
        }
    }

    /** One clustering pass as the command runs it: a fresh stage over the same embedder, batches of 64. */
    private void cluster() {
        StoryStage stage = new StoryStage(
                new Deduplicator(DedupConfig.defaults()),
                embedder,
                new StoryClusterer(ClusterConfig.defaults(), embedder.dimensions()),
                InstantSource.fixed(Instant.EPOCH),
                500);
        for (int from = 0; from < articles.size(); from += BATCH) {
            StoryStage.Batch placed = stage.process(articles.subList(from, Math.min(articles.size(), from + BATCH)));
            for (StoryStage.Outcome o : placed.outcomes()) {
                sink += o.placement().storyId().hashCode();
            }
        }
        sink += stage.maintain().size();
    }

    private static List<StoryStage.Incoming> read(List<String> files) throws Exception {
        ArticleLines parser = new ArticleLines(JsonMapper.builder().build());
        List<StoryStage.Incoming> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()
                        && parser.parse(line) instanceof ArticleLines.Parsed.Good good
                        && seen.add(good.article().id())) {
                    out.add(good.article());
                }
            }
        }
        return out;
    }

    private static double median(Cost[] costs, java.util.function.ToDoubleFunction<Cost> f) {
        double[] v = Arrays.stream(costs).mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double medianRatio(Cost[] a, Cost[] b, java.util.function.ToDoubleFunction<Cost> f) {
        Cost[] ratios = new Cost[a.length];
        for (int i = 0; i < a.length; i++) {
            double r = f.applyAsDouble(a[i]) / f.applyAsDouble(b[i]);
            ratios[i] = new Cost(r, r, r);
        }
        return median(ratios, Cost::cpuMs);
    }
}
