package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chat completions contract against a loopback server: what is sent, and every way a reply can fail. */
class ChatClientTest {

    private final ChatServer server;

    ChatClientTest() throws IOException {
        server = new ChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatResult call(LlmConfig config) {
        try (ChatClient client = new ChatClient(config)) {
            return client.complete("the rules", "the task");
        }
    }

    private LlmConfig config(String key) {
        return LlmConfig.on(server.endpoint(), "tiny-model", key);
    }

    @Test
    void readsTheContentAndTheTokensOfAReply() throws IOException {
        server.replying("The bridge closes [1].", 321);

        ChatResult result = call(config(""));

        assertThat(result).isEqualTo(new ChatResult.Reply("The bridge closes [1].", 321));
        assertThat(server.seen()).hasSize(1);
        ChatServer.Seen seen = server.seen().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.path()).isEqualTo("/v1/chat/completions");
        assertThat(seen.authorization()).isEmpty();
        JsonNode body = new ObjectMapper().readTree(seen.body());
        assertThat(body.path("model").asText()).isEqualTo("tiny-model");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(512);
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("the rules");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("the task");
    }

    @Test
    void sendsTheKeyAsABearerTokenWhenSet() {
        server.replying("ok [1].", 20);

        call(config("sk-test-123"));

        assertThat(server.seen().get(0).authorization()).isEqualTo("Bearer sk-test-123");
    }

    @Test
    void estimatesTheTokensWhenTheReplyReportsNoUsage() {
        server.answering(exchange ->
                ChatServer.send(exchange, 200, "{\"choices\":[{\"message\":{\"content\":\"Twelve words or so.\"}}]}"));

        ChatResult result = call(config(""));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ChatResult.Reply.class,
                        reply -> assertThat(reply.totalTokens())
                                .isGreaterThan(TokenBudget.estimate("Twelve words or so.")));
    }

    @Test
    void aServerErrorIsAFailureWithItsMessage() {
        server.answering(exchange -> ChatServer.send(exchange, 500, "{\"error\":{\"message\":\"model crashed\"}}"));

        assertThat(call(config(""))).isEqualTo(new ChatResult.Failed("llm: HTTP 500 from the endpoint: model crashed"));
    }

    @Test
    void rateLimitingIsAFailureThatSaysHowLongToWait() {
        server.answering(exchange -> ChatServer.send(exchange, 429, "{}", "Retry-After", "30"));

        assertThat(call(config("")))
                .isEqualTo(new ChatResult.Failed("llm: rate limited (HTTP 429)", Duration.ofSeconds(30)));
    }

    @Test
    void aRefusedKeyAndAWrongPathAreNamed() {
        server.answering(exchange -> ChatServer.send(exchange, 401, "{\"error\":\"bad key\"}"));
        assertThat(call(config("sk-wrong")))
                .isEqualTo(new ChatResult.Failed("llm: the endpoint refused the API key (HTTP 401): bad key"));

        server.answering(exchange -> ChatServer.send(exchange, 404, "not json"));
        assertThat(((ChatResult.Failed) call(config(""))).reason()).startsWith("llm: HTTP 404 at http://127.0.0.1:");
    }

    @Test
    void malformedRepliesAreFailures() {
        server.answering(exchange -> ChatServer.send(exchange, 200, "{\"choices\": [ {\"message\": "));
        assertThat(call(config(""))).isEqualTo(new ChatResult.Failed("llm: the reply is not JSON"));

        server.answering(exchange -> ChatServer.send(exchange, 200, "{\"choices\": []}"));
        assertThat(call(config(""))).isEqualTo(new ChatResult.Failed("llm: the reply has no choices"));

        server.answering(
                exchange -> ChatServer.send(exchange, 200, "{\"choices\": [{\"message\": {\"content\": null}}]}"));
        assertThat(call(config(""))).isEqualTo(new ChatResult.Failed("llm: the reply has no message content"));

        server.answering(exchange -> ChatServer.send(exchange, 200, "[1, 2]"));
        assertThat(call(config(""))).isEqualTo(new ChatResult.Failed("llm: the reply is not a JSON object"));
    }

    @Test
    void anOversizedReplyIsCutOffAndAFailure() {
        String content = "x".repeat(50_000);
        server.replying(content, 10);

        ChatResult result;
        try (ChatClient client = new ChatClient(config(""), 10_000)) {
            result = client.complete("the rules", "the task");
        }

        assertThat(result).isEqualTo(new ChatResult.Failed("llm: the reply exceeds 10000 bytes (HTTP 200)"));
    }

    @Test
    void aSlowServerFailsWithinTheTimeoutInsteadOfHanging() {
        server.answering(exchange -> {
            Thread.sleep(10_000);
            ChatServer.send(exchange, 200, ChatServer.completion("late [1].", 10));
        });
        LlmConfig config = config("").withLimits(1_000, Duration.ofMillis(300), 64);

        long start = System.nanoTime();
        ChatResult result = call(config);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result).isInstanceOf(ChatResult.Failed.class);
        assertThat(((ChatResult.Failed) result).reason()).startsWith("llm: no reply within");
        assertThat(millis).isLessThan(2_500);
    }

    @Test
    void aServerThatStallsMidBodyFailsWithinTheTimeout() {
        server.answering(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("{\"choices\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            Thread.sleep(10_000);
            exchange.close();
        });
        LlmConfig config = config("").withLimits(1_000, Duration.ofMillis(300), 64);

        long start = System.nanoTime();
        ChatResult result = call(config);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result).isEqualTo(new ChatResult.Failed("llm: no reply within 300 ms"));
        assertThat(millis).isLessThan(2_500);
    }

    @Test
    void aClosedPortIsAFailure() throws IOException {
        String endpoint;
        try (ChatServer gone = new ChatServer()) {
            endpoint = gone.endpoint();
        }

        ChatResult result = call(LlmConfig.on(endpoint, "tiny-model", ""));

        assertThat(result).isInstanceOf(ChatResult.Failed.class);
        assertThat(((ChatResult.Failed) result).reason()).startsWith("llm: ");
    }
}
