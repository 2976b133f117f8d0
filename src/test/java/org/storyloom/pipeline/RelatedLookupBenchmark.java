package org.storyloom.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.Embedder;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.model.NewArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/**
 * Not a test: latency of {@link StoryService#relatedArticles} (what the article page asks) on a store of
 * ARTICLES generated articles. Usage: RelatedLookupBenchmark [ARTICLES=1000000] [DIR]; a DIR that already holds
 * a built store is reused. The store is built from generated text: articles 8 s apart from 200 outlets, each in a
 * story (a new one for one article in eight, else a recent one, so sizes have a long tail; one story is a burst
 * of 10,000 wire copies), a tenth copies of an earlier article of their story, each with a 384-dimension unit
 * vector near its story's random centroid (the model is not run: a million embeddings would take hours).
 * The window of active stories is then rebuilt as {@code serve} does at start ({@link StoryIndexer#warmUp}),
 * and lookups of random articles are timed: p50, p99, p99.9, max, for all articles and for those in the
 * window, in wall time and in the lookup thread's own CPU time (what is left when waiting for a core is not).
 */
public final class RelatedLookupBenchmark {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final int DIMENSIONS = 384;
    private static final int BATCH = 5_000;
    private static final int BURST = 10_000;

    private RelatedLookupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("related-bench");
        Files.createDirectories(dir);
        boolean built = Files.exists(dir.resolve("store.sqlite"));
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long start = System.nanoTime();
            if (!built) {
                build(store, total);
            }
            System.out.printf(
                    "store %s: %d articles (%s, %.0f s)%n",
                    dir, store.countArticles(), built ? "reused" : "built", (System.nanoTime() - start) / 1e9);
            Instant now = T0.plusSeconds(8L * total);
            ClusterConfig config = ClusterConfig.defaults();
            StoryClusterer clusterer = new StoryClusterer(config, DIMENSIONS);
            StoryStage stage = new StoryStage(
                    new Deduplicator(DedupConfig.defaults()), new NoModel(), clusterer, InstantSource.fixed(now), 200);
            ArticleBodies bodies = new ArticleBodies(store);
            StoryIndexer indexer = new StoryIndexer(
                    store, stage, clusterer, bodies, InstantSource.fixed(now), config.window(), ids -> {});
            start = System.nanoTime();
            int window = indexer.warmUp();
            System.out.printf("window rebuilt: %d articles (%.0f s)%n", window, (System.nanoTime() - start) / 1e9);
            StoryService service = new StoryService(store, new RelatedArticles(clusterer));
            Random random = new Random(7);
            long count = store.countArticles();
            time(service, "warm-up", 3_000, () -> 1 + (long) (random.nextDouble() * count));
            time(service, "random articles", 20_000, () -> 1 + (long) (random.nextDouble() * count));
            time(service, "articles in the window", 5_000, () -> count - (long) (random.nextDouble() * window));
        }
    }

    private interface Ids {
        long next();
    }

    private static void time(StoryService service, String what, int lookups, Ids ids) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[lookups];
        long[] cpu = new long[lookups];
        long found = 0;
        for (int i = 0; i < lookups; i++) {
            long id = ids.next();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            found += service.relatedArticles(id, 10).size();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        System.out.printf("%s: %d lookups, %.1f related each%n", what, lookups, (double) found / lookups);
        print("  wall", nanos);
        print("  lookup thread's CPU", cpu);
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                "%s: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
                what,
                nanos[n / 2] / 1e6,
                nanos[(int) (n * 0.99)] / 1e6,
                nanos[(int) (n * 0.999)] / 1e6,
                nanos[n - 1] / 1e6);
    }

    /** Articles, placements and story rows, {@link #BATCH} articles per transaction. */
    private static void build(SqliteStore store, int total) {
        Random random = new Random(1);
        long[] feeds = new long[200];
        long[] sources = new long[feeds.length];
        for (int f = 0; f < feeds.length; f++) {
            sources[f] = store.sourceFor("outlet " + f, "https://outlet" + f + ".example/")
                    .id();
            feeds[f] = store.addFeed(sources[f], "https://outlet" + f + ".example/feed", null, null, T0)
                    .feed()
                    .id();
        }
        Stories stories = new Stories(random);
        int burstAt = total / 2;
        for (int from = 0; from < total; from += BATCH) {
            List<NewArticle> articles = new ArrayList<>(BATCH);
            List<long[]> plan = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(total, from + BATCH); i++) {
                boolean burst = i >= burstAt && i < burstAt + BURST;
                long story = burst ? 0 : stories.pick();
                int outlet = random.nextInt(feeds.length);
                Instant published = T0.plusSeconds(8L * i);
                String title = stories.title(story, random);
                String text = burst ? stories.title(0, new Random(0)) + " wire copy" : stories.text(story, random);
                articles.add(new NewArticle(
                        feeds[outlet],
                        sources[outlet],
                        "https://outlet" + outlet + ".example/a/" + i,
                        "g" + i,
                        title,
                        null,
                        published,
                        null,
                        text,
                        null,
                        text,
                        "en",
                        published));
                plan.add(new long[] {story, burst ? -1 : (random.nextInt(10) == 0 ? -2 : 0)});
            }
            List<StoryPlacement> placements = new ArrayList<>(articles.size());
            Map<Long, StorySummary> touched = new HashMap<>();
            var upserts = store.upsertArticles(articles);
            for (int k = 0; k < upserts.size(); k++) {
                long id = upserts.get(k).id();
                long story = plan.get(k)[0];
                touched.put(story + 1, stories.summary(story, id, articles.get(k)));
                // a copy joins the copy group of its story's first article
                long group = plan.get(k)[1] == 0 ? id : stories.firstArticle(story);
                placements.add(new StoryPlacement(id, story + 1, group, stories.vector(story, random)));
            }
            store.saveStories(placements, List.copyOf(touched.values()), List.of());
            System.err.printf("\r%d articles stored", Math.min(total, from + BATCH));
        }
        System.err.println();
    }

    /** The generated stories: which story the next article joins, its words, and its vector. */
    private static final class Stories {
        private final Random random;
        private final List<Long> recent = new ArrayList<>();
        private final Map<Long, long[]> state = new HashMap<>(); // first article id, article count
        private long next = 1;

        Stories(Random random) {
            this.random = random;
        }

        long pick() {
            if (recent.isEmpty() || random.nextInt(8) == 0) {
                recent.add(next++);
                if (recent.size() > 2_000) {
                    recent.remove(0);
                }
                return recent.getLast();
            }
            int back = Math.min(recent.size() - 1, (int) Math.abs(random.nextGaussian() * 60));
            return recent.get(recent.size() - 1 - back);
        }

        long firstArticle(long story) {
            return Objects.requireNonNull(state.get(story))[0];
        }

        StorySummary summary(long story, long id, NewArticle a) {
            long[] s = state.computeIfAbsent(story, k -> new long[2]);
            if (s[0] == 0) {
                s[0] = id;
            }
            s[1]++;
            Instant first = T0.plusSeconds(8L * (s[0] - 1));
            return new StorySummary(
                    story + 1, a.title(), s[0], first, a.published() == null ? first : a.published(), (int) s[1], (int)
                            Math.min(s[1], 200));
        }

        String title(long story, Random r) {
            Random words = new Random(story * 31 + 17);
            return word(words, true) + " " + word(words, false) + " " + word(r, false) + " " + word(words, true) + " "
                    + word(words, false);
        }

        String text(long story, Random r) {
            Random words = new Random(story * 31 + 17);
            String[] key = new String[6];
            for (int i = 0; i < key.length; i++) {
                key[i] = word(words, i < 2);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                b.append(r.nextInt(4) == 0 ? key[r.nextInt(key.length)] : word(r, false))
                        .append(' ');
            }
            return b.toString().strip();
        }

        float[] vector(long story, Random r) {
            Random centre = new Random(story * 131 + 7);
            float[] v = new float[DIMENSIONS];
            double norm = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] = (float) (centre.nextGaussian() + 0.6 * r.nextGaussian());
                norm += v[d] * v[d];
            }
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] = (float) (v[d] / Math.sqrt(norm));
            }
            return v;
        }

        private static String word(Random r, boolean capital) {
            StringBuilder w = new StringBuilder();
            int n = 4 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                w.append(i % 2 == 0 ? "bcdfghklmnprstvz".charAt(r.nextInt(16)) : "aeiou".charAt(r.nextInt(5)));
            }
            return capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
        }
    }

    /** The window is rebuilt from stored vectors: the model is never asked. */
    private static final class NoModel implements Embedder {
        @Override
        public int dimensions() {
            return DIMENSIONS;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new IllegalStateException("benchmark: the window is rebuilt from stored embeddings");
        }
    }
}
