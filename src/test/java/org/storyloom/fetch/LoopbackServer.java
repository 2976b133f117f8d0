package org.storyloom.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1, port 0, answering exact paths with test handlers; 404 for the rest. */
final class LoopbackServer implements AutoCloseable {

    /** Answers one exchange. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    LoopbackServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Serves {@code status} with the given body and header pairs. */
    LoopbackServer serve(String path, int status, byte[] body, String... headerPairs) {
        return on(path, exchange -> send(exchange, status, body, headerPairs));
    }

    /** Redirects {@code path} to {@code location} with {@code status}. */
    LoopbackServer redirect(String path, int status, String location) {
        return on(path, exchange -> send(exchange, status, new byte[0], "Location", location));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    static void send(HttpExchange exchange, int status, byte[] body, String... headerPairs) throws IOException {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        boolean noBody = status == 304 || status == 204 || body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static byte[] fixture(String name) {
        try (InputStream in = LoopbackServer.class.getResourceAsStream("/fetch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Handler handler = handlers.get(path);
        try {
            if (handler == null) {
                send(exchange, 404, "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException e) {
            exchange.close(); // the client went away (cancelled, timed out): expected in several tests
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
