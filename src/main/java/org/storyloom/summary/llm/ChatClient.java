package org.storyloom.summary.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.storyloom.fetch.BoundedBody;

/**
 * A client of the OpenAI-compatible chat completions protocol: one POST per call, answered within the configured
 * timeout with a bounded body. Every failure is a {@link ChatResult.Failed}; nothing is thrown to the caller.
 */
public final class ChatClient implements AutoCloseable {

    /** Cap on a reply's bytes: far above any reply of {@link LlmConfig#maxOutputTokens()} tokens. */
    static final long MAX_REPLY_BYTES = 1L << 20;

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final LlmConfig config;
    private final long maxReplyBytes;
    private final HttpClient http;
    private final ChatJson json = new ChatJson();

    public ChatClient(LlmConfig config) {
        this(config, MAX_REPLY_BYTES);
    }

    ChatClient(LlmConfig config, long maxReplyBytes) {
        this.config = config;
        this.maxReplyBytes = maxReplyBytes;
        Duration connect = config.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? config.timeout() : MAX_CONNECT_TIMEOUT;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends a system and a user message; returns the reply or why there is none, within the timeout. */
    public ChatResult complete(String system, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.chatCompletions())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        json.request(config.model(), config.maxOutputTokens(), system, user)));
        if (!config.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        try {
            return exchange(request.build(), TokenBudget.estimate(system) + TokenBudget.estimate(user));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChatResult.Failed("llm: interrupted");
        }
    }

    private ChatResult exchange(HttpRequest request, long promptTokens) throws InterruptedException {
        AtomicReference<@Nullable BoundedBody> body = new AtomicReference<>();
        AtomicBoolean tooLarge = new AtomicBoolean();
        HttpResponse.BodyHandler<BoundedBody.Result> handler = info -> {
            tooLarge.set(declaredTooLarge(info.headers()));
            BoundedBody capped = new BoundedBody(tooLarge.get() ? 0 : maxReplyBytes);
            body.set(capped);
            return capped;
        };
        CompletableFuture<HttpResponse<BoundedBody.Result>> future = http.sendAsync(request, handler);
        try {
            HttpResponse<BoundedBody.Result> response =
                    future.get(config.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return response(response, promptTokens, tooLarge.get());
        } catch (TimeoutException e) {
            return new ChatResult.Failed(
                    "llm: no reply within " + config.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            return new ChatResult.Failed(describe(e.getCause() == null ? e : e.getCause()));
        } finally {
            BoundedBody capped = body.get();
            if (capped != null && !future.isDone()) {
                capped.cancel();
            }
            future.cancel(true);
        }
    }

    private ChatResult response(HttpResponse<BoundedBody.Result> response, long promptTokens, boolean tooLarge) {
        int status = response.statusCode();
        BoundedBody.Result body = response.body();
        if (tooLarge || body.overflowed()) {
            return new ChatResult.Failed("llm: the reply exceeds " + maxReplyBytes + " bytes (HTTP " + status + ")");
        }
        if (status >= 200 && status < 300) {
            return json.reply(body.bytes(), promptTokens);
        }
        String message = json.errorMessage(body.bytes());
        String detail = message.isEmpty() ? "" : ": " + message;
        return switch (status) {
            case 429 -> new ChatResult.Failed("llm: rate limited (HTTP 429)" + detail, retryAfter(response.headers()));
            case 401, 403 ->
                new ChatResult.Failed("llm: the endpoint refused the API key (HTTP " + status + ")" + detail);
            case 404 ->
                new ChatResult.Failed("llm: HTTP 404 at " + config.chatCompletions()
                        + " (check the endpoint and the model)" + detail);
            default -> new ChatResult.Failed("llm: HTTP " + status + " from the endpoint" + detail);
        };
    }

    private boolean declaredTooLarge(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(0) > maxReplyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return Duration.ZERO; // an HTTP date, or nonsense: the caller's own cool-down applies
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static String describe(Throwable cause) {
        return switch (cause) {
            case HttpConnectTimeoutException e -> "llm: connect timed out";
            case HttpTimeoutException e -> "llm: no reply within the request timeout";
            case ConnectException e -> "llm: cannot connect to the endpoint";
            case IOException e -> "llm: I/O error: " + oneLine(e);
            default -> "llm: " + cause.getClass().getSimpleName() + ": " + oneLine(cause);
        };
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        http.shutdownNow(); // close() would wait for a stalled exchange
    }
}
