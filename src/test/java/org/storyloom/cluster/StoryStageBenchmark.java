package org.storyloom.cluster;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.lucene.LuceneIndex;

/**
 * Not a test: the stories path end to end as the app runs it, over generated articles ({@link ArticleGenerator}):
 * dedup + embedding + clustering ({@link StoryStage#processAll}, which embeds the next batch while the current
 * one is placed) + indexing each placed batch with its embedding in a Lucene index on disk, as the pipeline's
 * search indexer does. Usage: StoryStageBenchmark ARTICLES [onnx|bow] [THREADS] [BATCH] [overlapped|sequential]
 * ("sequential" embeds and places each batch in turn, as before the overlap). Prints articles/s
 * (wall and per CPU-second), heap per 10,000 active articles, and peak RSS.
 */
public final class StoryStageBenchmark {

    private static final int STAGE_BATCH = 64;

    private StoryStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean onnx = args.length < 2 || args[1].equals("onnx");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        boolean overlap = args.length < 5 || !args[4].equals("sequential");
        Embedder embedder = onnx ? new OnnxEmbedder(threads, batch, 128) : new BagOfWordsEmbedder();
        StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), embedder.dimensions());
        StoryStage stage = new StoryStage(
                new Deduplicator(DedupConfig.defaults()), embedder, clusterer, InstantSource.fixed(Instant.EPOCH), 500);
        Path folder = Files.createTempDirectory("story-bench-index");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int[] done = {0};
        ArrayDeque<List<StoryStage.Incoming>> inFlight = new ArrayDeque<>();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            java.util.function.Consumer<StoryStage.Batch> sink = placed -> {
                List<StoryStage.Incoming> articles = inFlight.remove();
                List<IndexedArticle> docs = new ArrayList<>(articles.size());
                for (int i = 0; i < articles.size(); i++) {
                    docs.add(indexed(articles.get(i), placed.outcomes().get(i)));
                }
                index.upsert(docs);
                done[0] += placed.outcomes().size();
                if (done[0] % 5_120 == 0) {
                    System.err.printf(
                            "%d articles, %.1f articles/s, %.1f per CPU-second%n",
                            done[0],
                            done[0] / ((System.nanoTime() - start) / 1e9),
                            done[0] / ((os.getProcessCpuTime() - cpu) / 1e9));
                }
            };
            if (overlap) {
                stage.processAll(batches(total, inFlight), sink);
            } else {
                for (List<StoryStage.Incoming> b : batches(total, inFlight)) {
                    sink.accept(stage.process(b));
                }
            }
            stage.maintain();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        int active = clusterer.stories().stream().mapToInt(Story::articleCount).sum();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf(
                "articles %d (%s, %d threads, batches of %d, %s): %.1f articles/s, %.1f per CPU-second, %.0f s%n",
                total,
                onnx ? "onnx" : "bow",
                threads,
                batch,
                overlap ? "overlapped" : "sequential",
                total / seconds,
                total / cpuSeconds,
                seconds);
        System.out.printf(
                "active stories %d, active articles %d, heap after GC %.1f MB = %.1f MB per 10,000 active;"
                        + " peak RSS %s%n",
                clusterer.stories().size(), active, heap / 1e6, heap / 1e6 / Math.max(1, active) * 10_000, peakRss());
        if (embedder instanceof OnnxEmbedder model) {
            model.close();
        }
    }

    /** Batches of generated articles, made as the stage asks for them (the input is not held in memory). */
    private static Iterable<List<StoryStage.Incoming>> batches(
            int total, ArrayDeque<List<StoryStage.Incoming>> inFlight) {
        ArticleGenerator generator = new ArticleGenerator(new Random(1));
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public List<StoryStage.Incoming> next() {
                List<StoryStage.Incoming> batch = new ArrayList<>(STAGE_BATCH);
                for (int end = Math.min(total, next + STAGE_BATCH); next < end; next++) {
                    batch.add(generator.next(next));
                }
                inFlight.add(batch);
                return batch;
            }
        };
    }

    /** The document the pipeline's search indexer writes for a placed article: its text and its embedding. */
    private static IndexedArticle indexed(StoryStage.Incoming a, StoryStage.Outcome o) {
        long id = Long.parseLong(o.articleId().substring(1));
        String source = a.source() == null ? "" : a.source();
        // like the search indexer, only vectors of the index's size (the bag-of-words stand-in has fewer)
        float[] vector = o.embedding().length == LuceneIndex.DIMENSIONS ? o.embedding() : null;
        return new IndexedArticle(id, a.title(), a.text(), source.hashCode(), source, a.published(), "en", vector);
    }

    private static String peakRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).strip();
            }
        }
        return "unknown";
    }
}
