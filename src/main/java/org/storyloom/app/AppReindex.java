package org.storyloom.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.storyloom.pipeline.Subscriptions;

/**
 * {@code storyloom reindex} as a user expects it: when {@code serve} runs on the data folder it owns the index, so
 * the rebuild is asked of it over its loopback admin endpoint (searches keep working meanwhile); otherwise the index
 * is rebuilt here.
 */
public final class AppReindex {

    private AppReindex() {}

    /**
     * What was done.
     *
     * @param serverPid the process id of the running server that rebuilt the index; 0 when it was rebuilt here
     */
    public record Outcome(long articles, long failed, long serverPid) {}

    /** Rebuilds the index, by the running server if there is one; {@code progress} sees local rebuilds only. */
    public static Outcome run(AppConfig config, InstantSource clock, Subscriptions.Progress progress)
            throws InterruptedException {
        Optional<ServeFile> serve = ServeFile.read(config.dataDir());
        if (serve.isPresent()
                && ProcessHandle.of(serve.get().pid())
                        .map(ProcessHandle::isAlive)
                        .orElse(false)) {
            Optional<Outcome> remote = ask(serve.get());
            if (remote.isPresent()) {
                return remote.get();
            }
        }
        try (App app = new App(config, clock)) {
            return app.reindexHere(progress);
        }
    }

    /** Asks the server; empty when nobody listens (a file left behind by a server that died). */
    private static Optional<Outcome> ask(ServeFile serve) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serve.adminPort() + "/admin/reindex"))
                .header("Authorization", "Bearer " + serve.token())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("reindex: the running server (pid " + serve.pid() + ") answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode body = new ObjectMapper().readTree(response.body());
            return Optional.of(new Outcome(
                    body.path("articles").asLong(), body.path("failed").asLong(), serve.pid()));
        } catch (ConnectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "reindex: the running server (pid " + serve.pid() + ") failed to answer: " + e.getMessage(), e);
        }
    }
}
