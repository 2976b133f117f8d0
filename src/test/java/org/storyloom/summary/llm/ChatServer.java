package org.storyloom.summary.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small server speaking the chat completions protocol on 127.0.0.1, port 0, for the contract tests: it records
 * each request and answers with what the test tells it to.
 */
final class ChatServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String method, String path, String authorization, String body) {}

    /** Answers one exchange. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Answer answer = exchange -> send(exchange, 500, "{}");

    ChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers every request with {@code answer}. */
    ChatServer answering(Answer next) {
        this.answer = next;
        return this;
    }

    /** Answers every request with a 200 whose message content is {@code content}, reporting {@code tokens}. */
    ChatServer replying(String content, long tokens) {
        return answering(exchange -> send(exchange, 200, completion(content, tokens)));
    }

    /** The API base URL, as a user would configure it. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    static String completion(String content, long tokens) {
        try {
            return new ObjectMapper()
                    .writeValueAsString(Map.of(
                            "id",
                            "chatcmpl-1",
                            "object",
                            "chat.completion",
                            "choices",
                            List.of(Map.of(
                                    "index",
                                    0,
                                    "message",
                                    Map.of("role", "assistant", "content", content),
                                    "finish_reason",
                                    "stop")),
                            "usage",
                            Map.of("prompt_tokens", tokens - 10, "completion_tokens", 10, "total_tokens", tokens)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(HttpExchange exchange, int status, String body, String... headerPairs) throws IOException {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        seen.add(new Seen(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                authorization == null ? "" : authorization,
                body));
        try {
            answer.answer(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException e) {
            exchange.close(); // the client gave up (timeout tests)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
