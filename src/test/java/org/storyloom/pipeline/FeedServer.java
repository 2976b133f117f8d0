package org.storyloom.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 serving documents the test sets, with ETag support and request counts. */
final class FeedServer implements AutoCloseable {

    /** One document: status, content type, body and optional redirect target. */
    record Doc(int status, String contentType, String body, String location) {}

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, String contentType, String body) {
        docs.put(path, new Doc(200, contentType, body, ""));
    }

    void fail(String path, int status) {
        docs.put(path, new Doc(status, "text/plain", "nope", ""));
    }

    void redirect(String path, int status, String target) {
        docs.put(path, new Doc(status, "text/plain", "", target));
    }

    int hits(String path) {
        return hits.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Doc doc = docs.get(path);
        try (ex) {
            if (doc == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (!doc.location().isEmpty()) {
                ex.getResponseHeaders().add("Location", doc.location());
                ex.sendResponseHeaders(doc.status(), -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(doc.body().hashCode()) + "\"";
            if (doc.status() == 200 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = doc.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", doc.contentType());
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(doc.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
