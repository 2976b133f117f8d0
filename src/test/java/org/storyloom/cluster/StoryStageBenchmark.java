package org.storyloom.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;

/**
 * Not a test: the whole stories stage (dedup + embedding + clustering) over generated articles. Usage:
 * StoryStageBenchmark ARTICLES [onnx|bow]. Prints articles/s, embeddings/s, and heap per 10,000 active articles.
 */
public final class StoryStageBenchmark {

    private StoryStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean onnx = args.length < 2 || args[1].equals("onnx");
        Embedder embedder = onnx ? new OnnxEmbedder() : new BagOfWordsEmbedder();
        ClusterConfig config = ClusterConfig.defaults();
        StoryClusterer clusterer = new StoryClusterer(config, embedder.dimensions());
        StoryStage stage = new StoryStage(
                new Deduplicator(DedupConfig.defaults()), embedder, clusterer, InstantSource.fixed(Instant.EPOCH), 500);
        Generator generator = new Generator(new Random(1));
        long embedNanos = 0;
        long start = System.nanoTime();
        for (int done = 0; done < total; done += 64) {
            List<StoryStage.Incoming> batch = new ArrayList<>();
            for (int i = done; i < Math.min(total, done + 64); i++) {
                batch.add(generator.next(i));
            }
            long t = System.nanoTime();
            embedder.embed(batch.stream()
                    .map(a -> StoryStage.embeddingText(a.title(), a.text()))
                    .toList());
            embedNanos += System.nanoTime() - t;
            stage.process(batch);
            if ((done / 64) % 80 == 0) {
                System.err.printf("\r%d articles, %.1f articles/s", done, done / ((System.nanoTime() - start) / 1e9));
            }
        }
        stage.maintain();
        // the stage embeds each batch once more above to time the embedder alone: subtract it
        double seconds = (System.nanoTime() - start - embedNanos) / 1e9;
        int active = clusterer.stories().stream().mapToInt(Story::articleCount).sum();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf(
                "%narticles %d, stages together %.1f articles/s, embedding alone %.1f embeddings/s%n",
                total, total / seconds, total / (embedNanos / 1e9));
        System.out.printf(
                "active stories %d, active articles %d, heap after GC %.1f MB = %.1f MB per 10,000 active%n",
                clusterer.stories().size(), active, heap / 1e6, heap / 1e6 / Math.max(1, active) * 10_000);
        if (embedder instanceof OnnxEmbedder model) {
            model.close();
        }
    }

    /** Articles about a drifting set of events, a tenth of them wire copies; 10 days of news. */
    static final class Generator {
        private final Random random;
        private final List<String[]> events = new ArrayList<>();
        private final String wireBody;

        Generator(Random random) {
            this.random = random;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                b.append(word()).append(' ');
            }
            wireBody = b.toString();
        }

        StoryStage.Incoming next(int i) {
            if (events.isEmpty() || random.nextInt(30) == 0) {
                String[] e = new String[6];
                for (int j = 0; j < e.length; j++) {
                    e[j] = j < 2 ? capital(word()) : word();
                }
                events.add(e);
                if (events.size() > 400) {
                    events.remove(0);
                }
            }
            String[] e = events.get(
                    events.size() - 1 - Math.min(events.size() - 1, (int) Math.abs(random.nextGaussian() * 40)));
            Instant published = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofSeconds(i * 8L));
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                text.append(random.nextInt(4) == 0 ? e[random.nextInt(e.length)] : word())
                        .append(' ');
            }
            String title = e[0] + " " + e[2] + " " + word() + " " + e[1] + " " + e[3];
            String body = random.nextInt(10) == 0 ? wireBody + e[0] : text.toString();
            return new StoryStage.Incoming(
                    "a" + i, title, body, published, "outlet" + random.nextInt(200), "https://outlet.example/" + i);
        }

        private String word() {
            StringBuilder w = new StringBuilder();
            int n = 3 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            return w.toString();
        }

        private static String capital(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
