package org.storyloom.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.storyloom.extract.Block;
import org.storyloom.extract.ExtractedArticle;
import org.storyloom.extract.Extraction;
import org.storyloom.extract.Extractor;
import org.storyloom.extract.NoArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyloom extract}: article text and metadata from saved pages, one JSON object per page. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract article text and metadata from HTML files (*.html or *.html.gz).")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--url", description = "The page's address (resolves links; a date in it counts).")
    @Nullable
    String url;

    @Option(names = "--dir", description = "Extract every *.html and *.html.gz file in this folder.")
    @Nullable
    Path dir;

    @Option(names = "--jsonl", description = "With --dir: write one line per page here.")
    @Nullable
    Path jsonl;

    @Option(names = "--threads", description = "Pages extracted at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--warmup",
            description = "With --dir: extract the folder this many times unrecorded first, then time the run.")
    int warmup;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "HTML files to extract.")
    List<Path> files = new ArrayList<>();

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() throws Exception {
        if (dir != null) {
            if (jsonl == null) {
                throw new IllegalArgumentException("extract: --dir needs --jsonl OUT");
            }
            return folder(dir, jsonl);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("extract: give FILE... or --dir DIR --jsonl OUT");
        }
        Extractor extractor = new Extractor();
        for (Path file : files) {
            Extraction result = extractor.extract(read(file), null, pageUrl(file, url));
            System.out.println(json.writeValueAsString(full(id(file), result)));
        }
        return 0;
    }

    private int folder(Path folder, Path out) throws IOException, InterruptedException {
        List<Path> pages;
        try (Stream<Path> listing = Files.list(folder)) {
            pages = listing.filter(p -> id(p) != null).sorted().toList();
        }
        Extractor extractor = new Extractor();
        for (int round = 0; round < warmup; round++) {
            for (Path page : pages) {
                line(extractor, page, new AtomicInteger());
            }
        }
        long start = System.nanoTime();
        Progress progress = new Progress(System.err, pages.size());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path page : pages) {
                tasks.add(pool.submit(() -> {
                    String line = line(extractor, page, failed);
                    synchronized (writer) {
                        writer.write(line);
                        writer.write('\n');
                    }
                    progress.step();
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            pool.shutdown();
        }
        progress.done(failed.get());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(
                java.util.Locale.ROOT,
                "extract: %d pages in %.2f s, %.1f pages/s%n",
                pages.size(),
                seconds,
                pages.size() / seconds);
        return 0;
    }

    private String line(Extractor extractor, Path page, AtomicInteger failed) throws IOException {
        String id = String.valueOf(id(page));
        ObjectNode line = json.createObjectNode().put("id", id);
        try {
            Extraction result = extractor.extract(read(page), null, pageUrl(page, url));
            if (result instanceof ExtractedArticle a) {
                line.put(
                                "url",
                                a.canonicalUrl() == null
                                        ? null
                                        : a.canonicalUrl().toString())
                        .put("title", a.title())
                        .put("byline", a.metadata().byline())
                        .put(
                                "published",
                                a.published() == null ? null : a.published().toString())
                        .put("language", a.language())
                        .put("text", a.text());
            } else {
                line.put("text", "").put("reason", ((NoArticle) result).reason());
            }
        } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            System.err.println("extract: " + page.getFileName() + ": " + e.getMessage());
            line.put("text", "");
        }
        return json.writeValueAsString(line);
    }

    private ObjectNode full(@Nullable String id, Extraction result) {
        ObjectNode node = json.createObjectNode().put("id", id);
        if (result instanceof NoArticle none) {
            return node.put("noArticle", none.reason());
        }
        ExtractedArticle a = (ExtractedArticle) result;
        node.put("url", str(a.canonicalUrl()))
                .put("title", a.title())
                .put("byline", a.metadata().byline())
                .put("published", str(a.published()))
                .put("updated", str(a.updated()))
                .put("siteName", a.siteName())
                .put("language", a.language())
                .put("description", a.description())
                .put("leadImage", str(a.leadImage()))
                .put("bodySource", a.bodySource().name());
        a.authors().forEach(node.putArray("authors")::add);
        ArrayNode blocks = node.putArray("blocks");
        for (Block block : a.blocks()) {
            ObjectNode b = blocks.addObject()
                    .put("type", block.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
            b.put("text", block.text());
            if (block instanceof Block.Figure f) {
                b.put("image", f.imageUrl()).put("credit", f.credit());
            }
        }
        return node.put("text", a.text()).put("html", a.html());
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    static @Nullable String id(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html.gz")) {
            return name.substring(0, name.length() - ".html.gz".length());
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return name.substring(0, name.lastIndexOf('.'));
        }
        return null;
    }

    private static URI pageUrl(Path file, @Nullable String given) {
        return given != null ? URI.create(given) : file.toAbsolutePath().toUri();
    }

    private static byte[] read(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            // inflate from memory with a large buffer: GZIPInputStream's default 512-byte reads cost a system
            // call each straight from the file
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)), 1 << 16)) {
                return in.readNBytes(64 << 20);
            }
        }
        return Files.readAllBytes(file);
    }

    /** A one-line progress bar on stderr. */
    private static final class Progress {
        private final PrintStream err;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void step() {
            int n = done.incrementAndGet();
            if (n % 10 == 0 || n == total) {
                int width = 30;
                int filled = total == 0 ? width : n * width / total;
                synchronized (err) {
                    err.print(
                            "\rextract: [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
                    err.flush();
                }
            }
        }

        void done(int failed) {
            err.println();
            err.println("extract: " + done.get() + " pages, " + failed + " failed");
        }
    }
}
