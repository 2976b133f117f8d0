package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storyloom.summary.CitedSentence;

/** The facade callers use, against a loopback server speaking the chat completions protocol. */
class LlmRewritesTest {

    private final ChatServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    LlmRewritesTest() throws IOException {
        server = new ChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmRewrites rewrites(LlmConfig config) {
        return new LlmRewrites(config, clock);
    }

    private LlmConfig on() {
        return LlmConfig.on(server.endpoint(), "tiny-model", "");
    }

    private static List<String> texts(Optional<List<CitedSentence>> result) {
        return result.orElseThrow().stream().map(CitedSentence::text).toList();
    }

    @Test
    void writesACitedBriefFromTheNumberedEvidence() throws IOException {
        server.replying(
                "The Harbor Bridge closes on Monday for six weeks [1][3]. Cracks were found in two beams [2].", 400);

        Optional<List<CitedSentence>> brief;
        try (LlmRewrites rewrites = rewrites(on())) {
            brief = rewrites.brief("story-7", 3, Evidence.BRIDGE);
        }

        assertThat(brief.orElseThrow())
                .containsExactly(
                        new CitedSentence(
                                "The Harbor Bridge closes on Monday for six weeks.",
                                "a1",
                                0,
                                List.of("a1", "a2", "a3")),
                        new CitedSentence("Cracks were found in two beams.", "a2", 3, List.of("a2")));
        JsonNode body = new ObjectMapper().readTree(server.seen().get(0).body());
        assertThat(body.path("model").asText()).isEqualTo("tiny-model");
        String user = body.path("messages").get(1).path("content").asText();
        assertThat(user)
                .contains("Task: Write a brief of this news story")
                .contains(
                        "[1] (articles: a1, a2) The Harbor Bridge will close for repairs on Monday, city officials said.\n")
                .contains("[2] (articles: a2) Engineers found cracks")
                .contains("[4] (articles: a1) Commuters are advised")
                .doesNotContain("[5]");
        assertThat(body.path("messages").get(0).path("content").asText()).contains("square brackets");
    }

    @Test
    void answersAQuestionAndAbstainsWhenTheModelSaysNone() throws IOException {
        try (LlmRewrites rewrites = rewrites(on())) {
            server.replying("It will be closed for about six weeks [3].", 300);
            assertThat(texts(rewrites.answer("s", 1, "How long will the bridge be closed?", Evidence.BRIDGE)))
                    .containsExactly("It will be closed for about six weeks.");

            server.replying("NONE", 300);
            assertThat(rewrites.answer("s", 1, "Who is the mayor?", Evidence.BRIDGE))
                    .isEmpty();
        }
        String user = new ObjectMapper()
                .readTree(server.seen().get(1).body())
                .path("messages")
                .get(1)
                .path("content")
                .asText();
        assertThat(user).contains("\"Who is the mayor?\"");
    }

    @Test
    void aReplyCitingNothingIsDroppedAndNotAskedAgain() {
        server.replying("The bridge will close on Monday. Engineers found cracks.", 300);

        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(rewrites.brief("s", 1, Evidence.BRIDGE)).isEmpty();
            assertThat(rewrites.brief("s", 1, Evidence.BRIDGE)).isEmpty();
        }
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void aSentenceCitingEvidenceThePromptDidNotHoldIsDropped() {
        server.replying("The bridge closes on Monday [1]. The mayor blamed the previous council [9].", 300);

        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(texts(rewrites.brief("s", 1, Evidence.BRIDGE))).containsExactly("The bridge closes on Monday.");
        }
    }

    @Test
    void theSameStoryVersionIsAskedOnceAndANewVersionAgain() {
        server.replying("The bridge closes [1].", 300);

        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(rewrites.brief("s", 1, Evidence.BRIDGE)).isPresent();
            assertThat(rewrites.brief("s", 1, Evidence.BRIDGE)).isPresent();
            assertThat(server.seen()).hasSize(1);

            assertThat(rewrites.brief("s", 2, Evidence.BRIDGE)).isPresent();
            assertThat(rewrites.answer("s", 2, "Why?", Evidence.BRIDGE)).isPresent();
            assertThat(rewrites.answer("s", 2, "  why? ", Evidence.BRIDGE)).isPresent();
        }
        assertThat(server.seen()).hasSize(3);
    }

    @Test
    void concurrentCallersForOneStoryShareOneRequest() throws Exception {
        server.answering(exchange -> {
            Thread.sleep(300);
            ChatServer.send(exchange, 200, ChatServer.completion("The bridge closes [1].", 300));
        });

        try (LlmRewrites rewrites = rewrites(on())) {
            List<CompletableFuture<Optional<List<CitedSentence>>>> calls = List.of(
                    CompletableFuture.supplyAsync(() -> rewrites.brief("s", 1, Evidence.BRIDGE)),
                    CompletableFuture.supplyAsync(() -> rewrites.brief("s", 1, Evidence.BRIDGE)),
                    CompletableFuture.supplyAsync(() -> rewrites.brief("s", 1, Evidence.BRIDGE)));
            for (CompletableFuture<Optional<List<CitedSentence>>> call : calls) {
                assertThat(texts(call.get())).containsExactly("The bridge closes.");
            }
        }
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void sendsNothingWhenOffOrWithoutEvidence() {
        server.replying("The bridge closes [1].", 300);

        try (LlmRewrites off = rewrites(LlmConfig.off())) {
            assertThat(off.brief("s", 1, Evidence.BRIDGE)).isEmpty();
        }
        try (LlmRewrites on = rewrites(on())) {
            assertThat(on.brief("s", 1, List.of())).isEmpty();
            assertThat(on.answer("s", 1, " ", Evidence.BRIDGE)).isEmpty();
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void sendsNothingOnceTheDailyBudgetIsSpentUntilMidnight() {
        server.replying("The bridge closes [1].", 1_900);
        LlmConfig config = on().withLimits(2_000, Duration.ofSeconds(5), 64);

        try (LlmRewrites rewrites = rewrites(config)) {
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isPresent();
            assertThat(rewrites.brief("s2", 1, Evidence.BRIDGE)).isEmpty();
            assertThat(server.seen()).hasSize(1);

            clock.advance(Duration.ofHours(12));
            assertThat(rewrites.brief("s2", 1, Evidence.BRIDGE)).isPresent();
        }
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void aBudgetTooSmallForOnePromptNeverSends() {
        server.replying("The bridge closes [1].", 10);

        try (LlmRewrites rewrites = rewrites(on().withLimits(100, Duration.ofSeconds(5), 64))) {
            assertThat(rewrites.brief("s", 1, Evidence.BRIDGE)).isEmpty();
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void aFailingEndpointYieldsNothingAndRestsBeforeItIsAskedAgain() {
        server.answering(exchange -> ChatServer.send(exchange, 500, "{}"));

        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isEmpty();
            assertThat(rewrites.brief("s2", 1, Evidence.BRIDGE)).isEmpty();
            assertThat(server.seen()).hasSize(1);

            server.replying("The bridge closes [1].", 300);
            clock.advance(LlmRewrites.COOL_DOWN.plusSeconds(1));
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isPresent(); // failures are not cached
        }
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void aRateLimitRestsAsLongAsTheEndpointAsks() {
        server.answering(exchange -> ChatServer.send(exchange, 429, "{}", "Retry-After", "600"));

        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isEmpty();
            clock.advance(Duration.ofMinutes(5));
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isEmpty();
            assertThat(server.seen()).hasSize(1);

            server.replying("The bridge closes [1].", 300);
            clock.advance(Duration.ofMinutes(6));
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isPresent();
        }
    }

    @Test
    void malformedRepliesAndSlowServersYieldNothing() {
        server.answering(exchange -> ChatServer.send(exchange, 200, "{\"choices\": oops"));
        try (LlmRewrites rewrites = rewrites(on())) {
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isEmpty();
        }

        server.answering(exchange -> {
            Thread.sleep(10_000);
            ChatServer.send(exchange, 200, ChatServer.completion("The bridge closes [1].", 300));
        });
        long start = System.nanoTime();
        try (LlmRewrites rewrites = rewrites(on().withLimits(10_000, Duration.ofMillis(300), 64))) {
            assertThat(rewrites.brief("s1", 1, Evidence.BRIDGE)).isEmpty();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
    }
}
