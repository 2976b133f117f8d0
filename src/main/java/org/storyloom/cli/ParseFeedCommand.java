package org.storyloom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.storyloom.feed.FeedParseResult;
import org.storyloom.feed.FeedParser;
import org.storyloom.model.Enclosure;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.ParsedFeed;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyloom parse-feed FILE|URL...}: one JSON line per input, a feed or a one-line error. */
@Command(
        name = "parse-feed",
        mixinStandardHelpOptions = true,
        description = "Parse feed files or URLs and print one JSON object per input and line.")
public final class ParseFeedCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Feed files or http(s) URLs.")
    @SuppressWarnings("NullAway.Init")
    List<String> inputs;

    @Option(
            names = "--timeout-ms",
            defaultValue = "2000",
            description = "Time allowed per input, fetch included (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FeedParser parser = new FeedParser();
        FeedInputs reader = new FeedInputs(timeoutMillis);
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(null, task, "parse-feed", 64L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (String input : inputs) {
                out.println(mapper.writeValueAsString(one(input, parser, reader, workers)));
                out.flush();
            }
        } finally {
            workers.shutdownNow();
        }
        return 0;
    }

    private ObjectNode one(String input, FeedParser parser, FeedInputs reader, ExecutorService workers) {
        Future<ObjectNode> future = workers.submit(() -> {
            try {
                FeedInputs.Input read = reader.read(input);
                return describe(input, parser.parse(read.body(), read.contentType(), read.location()));
            } catch (StackOverflowError e) {
                return error(input, "feed: nesting too deep");
            } catch (OutOfMemoryError e) {
                return error(input, "feed: out of memory");
            } catch (Exception e) {
                return error(input, message(e));
            }
        });
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return error(input, "feed: timed out after " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return error(input, message(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(input, "feed: interrupted");
        }
    }

    private ObjectNode describe(String input, FeedParseResult result) {
        return switch (result) {
            case FeedParseResult.Rejected rejected -> error(input, rejected.reason());
            case FeedParseResult.Parsed parsed -> {
                ObjectNode line = mapper.createObjectNode().put("input", input);
                line.set("feed", feed(parsed.feed()));
                yield line;
            }
        };
    }

    private ObjectNode feed(ParsedFeed feed) {
        ObjectNode node = mapper.createObjectNode()
                .put("format", feed.format())
                .put("title", feed.title())
                .put("link", feed.link());
        ArrayNode entries = node.putArray("entries");
        for (FeedEntry entry : feed.entries()) {
            ObjectNode e = entries.addObject()
                    .put("id", entry.id())
                    .put("title", entry.title())
                    .put("link", entry.link())
                    .put("author", entry.author())
                    .put("published", text(entry.published()))
                    .put("updated", text(entry.updated()))
                    .put("summary", entry.summary())
                    .put("content", entry.content());
            ArrayNode categories = e.putArray("categories");
            entry.categories().forEach(categories::add);
            ArrayNode enclosures = e.putArray("enclosures");
            for (Enclosure enclosure : entry.enclosures()) {
                enclosures
                        .addObject()
                        .put("url", enclosure.url())
                        .put("type", enclosure.type())
                        .put("length", enclosure.length());
            }
        }
        return node;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private ObjectNode error(String input, String reason) {
        return mapper.createObjectNode().put("input", input).put("error", reason);
    }

    private static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = text.lines().findFirst().orElse("").strip();
        return line.startsWith("feed: ") ? line : "feed: " + line;
    }

    /** Reads a parse-feed input, a file or an http(s) URL, capped in size and time. */
    static final class FeedInputs {

        static final int MAX_BYTES = 20 * 1024 * 1024;

        /** The body of one input, with its Content-Type when fetched over HTTP. */
        record Input(byte[] body, @Nullable String contentType, URI location) {}

        private final Duration timeout;

        FeedInputs(long timeoutMillis) {
            this.timeout = Duration.ofMillis(Math.max(1, timeoutMillis));
        }

        Input read(String input) throws IOException, InterruptedException {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                return fetch(URI.create(input));
            }
            Path path = Path.of(input);
            if (!Files.isRegularFile(path)) {
                throw new IOException("feed: no such file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new IOException("feed: input larger than " + MAX_BYTES + " bytes");
            }
            return new Input(
                    Files.readAllBytes(path), null, path.toAbsolutePath().toUri());
        }

        private Input fetch(URI uri) throws IOException, InterruptedException {
            try (HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()) {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("User-Agent", "Storyloom/0.1 parse-feed")
                        .GET()
                        .build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() >= 400) {
                        throw new IOException("feed: HTTP " + response.statusCode());
                    }
                    byte[] body = in.readNBytes(MAX_BYTES + 1);
                    if (body.length > MAX_BYTES) {
                        throw new IOException("feed: input larger than " + MAX_BYTES + " bytes");
                    }
                    String type = response.headers().firstValue("Content-Type").orElse(null);
                    return new Input(body, type, response.uri());
                }
            }
        }
    }
}
