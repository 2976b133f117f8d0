package org.storyloom.web;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.Embedder;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.model.Feed;
import org.storyloom.model.NewArticle;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.SearchService;
import org.storyloom.pipeline.StoryService;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/**
 * Starts the real {@link WebServer} on 127.0.0.1 port 0 over a real SQLite store in a temporary directory, and talks
 * to it over real HTTP.
 */
abstract class WebTestBase {

    static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    SqliteStore store;
    LuceneIndex search;
    PrometheusRegistry registry;
    WebServer server;
    HttpClient http;
    String base;

    @BeforeEach
    void startServer() {
        store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
        registry = new PrometheusRegistry();
        search = LuceneIndex.inMemory();
        InstantSource clock = InstantSource.fixed(NOW);
        server = new WebServer(
                new WebConfig("127.0.0.1", 0),
                store,
                new StoreSubscriptions(store, clock),
                new ArticleBodies(store),
                new StoryService(store, new RelatedArticles(new StoryClusterer(ClusterConfig.defaults(), 384))),
                new SearchService(search, store, embedder()),
                registry,
                clock);
        int port = server.start();
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The embedder search uses; none (BM25 alone) unless a test class brings the model. */
    @Nullable
    Embedder embedder() {
        return null;
    }

    @AfterEach
    void stopServer() {
        server.stop();
        search.close();
        store.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        return Jsoup.parse(response.body(), base + path);
    }

    /** A form post as a browser on this site sends it. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(formRequest(path, fields).header("Origin", base).build());
    }

    HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Feed feed(String sourceName, String url) {
        long source = store.sourceFor(sourceName, null).id();
        return store.addFeed(source, url, sourceName + " feed", null, NOW).feed();
    }

    long article(Feed feed, String title, Instant published, String html) {
        String url = "https://news.example/"
                + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        NewArticle a = new NewArticle(
                feed.id(),
                feed.sourceId(),
                url,
                url,
                title,
                "Ann Writer",
                published,
                null,
                null,
                html,
                null,
                "en",
                NOW);
        return store.upsertArticle(a).id();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
