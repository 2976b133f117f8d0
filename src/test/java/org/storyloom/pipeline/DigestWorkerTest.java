package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyloom.pipeline.StoredStories.GAZETTE;
import static org.storyloom.pipeline.StoredStories.HERALD;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.nlp.Nlp;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;
import org.storyloom.summary.CitedSentence;
import org.storyloom.summary.Digester;
import org.storyloom.summary.StoryDigest;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmConfig;
import org.storyloom.summary.llm.LlmRewrites;

class DigestWorkerTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private static final String LATER = "Investigators said on Friday that faulty wiring in a conveyor motor"
            + " started the Northport harbour warehouse fire. The port operator promised to inspect every conveyor.";

    private static Digester digester;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        digester = new Digester(new StorySentences(Nlp.load()));
    }

    @Test
    void summarisesAStoryOncePerVersionAndThePagesReadIt() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            List<Long> ids = new ArrayList<>();
            ids.add(article(store, "Herald", "1", "Warehouse fire at Northport", HERALD, NOW));
            ids.add(article(store, "Gazette", "2", "Northport grain store burns", GAZETTE, NOW.plusSeconds(600)));
            long story = story(store, ids, NOW.plusSeconds(600));
            DigestWorker worker = new DigestWorker(
                    store, digester, new ArticleBodies(store), LlmRewrites.off(), InstantSource.fixed(NOW));

            assertThat(worker.runOnce(10)).isEqualTo(1);
            assertThat(worker.runOnce(10)).isZero();

            StoryDigest digest = service(store).digest(story).orElseThrow();
            assertThat(digest.brief())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.sources())
                            .isSubsetOf(ids.stream().map(String::valueOf).toList()));
            assertThat(digest.keyPoints()).containsOnlyKeys(String.valueOf(ids.get(0)), String.valueOf(ids.get(1)));
            assertThat(digest.perspectives().numbers())
                    .anySatisfy(n -> assertThat(n.quantity()).contains("homes"));
            assertThat(digest.latest()).isEmpty();

            ids.add(article(store, "Herald", "3", "Faulty wiring blamed", LATER, NOW.plusSeconds(3 * 86_400)));
            story(store, ids, NOW.plusSeconds(3 * 86_400));
            assertThat(worker.runOnce(10)).isEqualTo(1);
            assertThat(service(store).digest(story).orElseThrow().latest())
                    .extracting(CitedSentence::text)
                    .anyMatch(t -> t.contains("faulty wiring"));
        }
    }

    @Test
    void aStoredDigestGoesWithItsStory() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long id = article(store, "Herald", "9", "Warehouse fire", HERALD, NOW);
            long story = story(store, List.of(id), NOW);
            new DigestWorker(store, digester, new ArticleBodies(store), LlmRewrites.off(), InstantSource.fixed(NOW))
                    .runOnce(10);
            assertThat(store.digest(story)).isPresent();

            store.saveStories(List.of(), List.of(), List.of(story));

            assertThat(store.digest(story)).isEmpty();
        }
    }

    @Test
    void aConfiguredLanguageModelRewordsTheBriefKeepingItsCitations() throws Exception {
        HttpServer chat = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        List<String> prompts = new CopyOnWriteArrayList<>();
        chat.createContext("/v1/chat/completions", exchange -> {
            prompts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = ("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                            + "\"A Northport harbour warehouse burned on Tuesday night [1]. Nobody said why.\"}}],"
                            + "\"usage\":{\"total_tokens\":120}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        chat.start();
        String endpoint = "http://127.0.0.1:" + chat.getAddress().getPort() + "/v1";
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
                LlmRewrites llm = new LlmRewrites(LlmConfig.on(endpoint, "test-model", ""), InstantSource.fixed(NOW))) {
            long id = article(store, "Herald", "7", "Warehouse fire", HERALD, NOW);
            long story = story(store, List.of(id), NOW);

            new DigestWorker(store, digester, new ArticleBodies(store), llm, InstantSource.fixed(NOW)).runOnce(10);

            StoryDigest digest = service(store).digest(story).orElseThrow();
            assertThat(digest.brief()).isNotEmpty();
            assertThat(digest.rewordedBrief()).singleElement().satisfies(s -> {
                assertThat(s.text()).isEqualTo("A Northport harbour warehouse burned on Tuesday night.");
                assertThat(s.sources()).containsExactly(String.valueOf(id));
            });
            assertThat(prompts).singleElement().asString().contains("test-model", "Northport");
        } finally {
            chat.stop(0);
        }
    }

    private static StoryService service(SqliteStore store) {
        return new StoryService(store, new RelatedArticles(new StoryClusterer(ClusterConfig.defaults(), 384)));
    }

    private static long story(SqliteStore store, List<Long> articles, Instant updated) {
        return StoredStories.story(store, articles, NOW, updated).id();
    }

    private static long article(
            SqliteStore store, String sourceName, String guid, String title, String text, Instant published) {
        return StoredStories.article(store, sourceName, guid, title, text, published);
    }
}
