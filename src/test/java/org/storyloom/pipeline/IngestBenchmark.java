package org.storyloom.pipeline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchConfig;
import org.storyloom.fetch.FetchOutcome;
import org.storyloom.fetch.Fetcher;
import org.storyloom.model.Feed;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/**
 * Whole-process benchmark of parse + store: generated RSS feeds (FEEDS x ENTRIES entries, realistic sizes) are
 * parsed and stored into a fresh SQLite file through the same code path as a refresh. Prints entries/s and the
 * process's peak resident memory (VmHWM). Run with bench/ingest/run.sh.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("storyloom-bench");
        List<byte[]> docs = new ArrayList<>();
        Random random = new Random(42);
        for (int f = 0; f < feeds; f++) {
            docs.add(generate(f, entries, random).getBytes(StandardCharsets.UTF_8));
        }
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
                Fetcher unused = new Fetcher(FetchConfig.defaults(), InstantSource.system())) {
            FeedRefresher refresher = new FeedRefresher(
                    store,
                    unused,
                    new FeedParser(),
                    RefreshPolicy.defaults(),
                    new FullTextPolicy(),
                    new IngestMetrics(new PrometheusRegistry()),
                    InstantSource.system());
            long src = store.sourceFor("Bench", "https://bench.example/").id();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            for (int f = 0; f < feeds; f++) {
                String url = "https://bench.example/feed/" + f;
                Feed feed = store.addFeed(src, url, null, null, Instant.now()).feed();
                FetchOutcome.Fetched fetched = new FetchOutcome.Fetched(
                        URI.create(url), 200, docs.get(f), "application/rss+xml", null, null, null, null);
                refresher.ingest(feed, fetched);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long stored = store.countArticles();
            System.out.printf(
                    Locale.ROOT,
                    "ingest: %d entries parsed+stored in %.2f s wall = %.0f entries/s;"
                            + " %.2f s of CPU = %.0f entries per CPU-second; peak RSS %d MiB%n",
                    stored,
                    seconds,
                    stored / seconds,
                    cpuSeconds,
                    stored / cpuSeconds,
                    peakRssMiB());
        }
    }

    private static String generate(int feed, int entries, Random random) {
        StringBuilder sb = new StringBuilder(entries * 1500);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
                .append("<title>Bench feed ")
                .append(feed)
                .append("</title><link>https://bench.example/</link><description>d</description>");
        Instant t = Instant.parse("2026-11-29T00:00:00Z");
        for (int e = 0; e < entries; e++) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    t.minus(Duration.ofMinutes(37L * e)).atOffset(ZoneOffset.UTC));
            sb.append("<item><guid>https://bench.example/")
                    .append(feed)
                    .append('/')
                    .append(e)
                    .append("</guid><title>")
                    .append(words(random, 9))
                    .append("</title><link>https://bench.example/")
                    .append(feed)
                    .append('/')
                    .append(e)
                    .append("</link><pubDate>")
                    .append(date)
                    .append("</pubDate><description>")
                    .append(words(random, 40))
                    .append("</description><content:encoded><![CDATA[");
            for (int p = 0; p < 4; p++) {
                sb.append("<p>").append(words(random, 45)).append(" <a href=\"/x\">link</a>.</p>");
            }
            sb.append("]]></content:encoded><category>World</category></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static final String[] VOCAB = ("the minister said on tuesday that talks with officials in the capital"
                    + " would continue despite protests over energy prices troops border election court ruling"
                    + " economy inflation rate bank central parliament vote opposition leader summit agreement")
            .split(" ");

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCAB[random.nextInt(VOCAB.length)]);
        }
        return sb.toString();
    }

    /** CPU time of the whole process (all threads, GC and JIT included): independent of other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakRssMiB() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
