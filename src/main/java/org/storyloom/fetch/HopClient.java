package org.storyloom.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange, no redirects followed: waits its turn at the host, sends, receives a bounded body before the
 * deadline and undoes its content encoding. The caller has checked the address already.
 */
final class HopClient {

    /** Headers that vary between requests. */
    record Headers(
            String accept, @Nullable String etag, @Nullable String lastModified) {}

    /** The end of one hop: a response (any status), or an outcome that ends the fetch. */
    sealed interface Hop {
        /** A response; the body is decoded for 2xx statuses and empty for the others. */
        record Response(URI uri, int status, HttpHeaders headers, byte[] body) implements Hop {}

        record Stop(FetchOutcome outcome) implements Hop {}
    }

    private final HttpClient client;
    private final FetchConfig config;
    private final HostThrottle throttle;

    HopClient(HttpClient client, FetchConfig config, HostThrottle throttle) {
        this.client = client;
        this.config = config;
        this.throttle = throttle;
    }

    /** Sends a GET to {@code uri}, finishing before {@code deadline} (a {@link System#nanoTime()} value). */
    Hop send(URI uri, String host, Headers headers, long deadline) {
        try {
            Optional<HostThrottle.Permit> turn = throttle.acquire(host, Duration.ofNanos(deadline - System.nanoTime()));
            if (turn.isEmpty()) {
                return failed("fetch: no turn at " + host + " within "
                        + config.totalTimeout().toMillis() + " ms");
            }
            try (HostThrottle.Permit permit = turn.get()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return failed("fetch: no complete response within "
                            + config.totalTimeout().toMillis() + " ms");
                }
                return exchange(request(uri, headers, remaining), remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("fetch: interrupted");
        }
    }

    private HttpRequest request(URI uri, Headers headers, long remainingNanos) {
        Duration read = config.readTimeout();
        Duration timeout = read.toNanos() < remainingNanos ? read : Duration.ofNanos(remainingNanos);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .version(
                        "https".equalsIgnoreCase(uri.getScheme())
                                ? HttpClient.Version.HTTP_2
                                : HttpClient.Version.HTTP_1_1)
                .header("User-Agent", config.userAgent())
                .header("Accept", headers.accept())
                .header("Accept-Encoding", "gzip, deflate");
        if (headers.etag() != null) {
            builder.header("If-None-Match", headers.etag());
        }
        if (headers.lastModified() != null) {
            builder.header("If-Modified-Since", headers.lastModified());
        }
        return builder.build();
    }

    private Hop exchange(HttpRequest request, long remainingNanos) throws InterruptedException {
        AtomicReference<@Nullable BoundedBody> subscriber = new AtomicReference<>();
        HttpResponse.BodyHandler<BoundedBody.Result> handler = info -> {
            boolean wanted = isSuccess(info.statusCode()) && !declaredTooLarge(info.headers());
            BoundedBody body = new BoundedBody(wanted ? config.maxBodyBytes() : 0);
            subscriber.set(body);
            return body;
        };
        CompletableFuture<HttpResponse<BoundedBody.Result>> future = client.sendAsync(request, handler);
        try {
            HttpResponse<BoundedBody.Result> response = future.get(remainingNanos, TimeUnit.NANOSECONDS);
            return response(response);
        } catch (TimeoutException e) {
            return failed("fetch: no complete response within "
                    + config.totalTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            return failed(describe(e.getCause() == null ? e : e.getCause()));
        } finally {
            BoundedBody body = subscriber.get();
            if (body != null && !future.isDone()) {
                body.cancel();
            }
            future.cancel(true);
        }
    }

    private Hop response(HttpResponse<BoundedBody.Result> response) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        URI uri = response.request().uri();
        if (!isSuccess(status)) {
            return new Hop.Response(uri, status, headers, new byte[0]);
        }
        if (declaredTooLarge(headers) || response.body().overflowed()) {
            return failed("fetch: body exceeds " + config.maxBodyBytes() + " bytes");
        }
        String encoding = headers.firstValue("Content-Encoding").orElse(null);
        return switch (ContentDecoding.decode(response.body().bytes(), encoding, config.maxDecompressedBytes())) {
            case ContentDecoding.Decoded.Body body -> new Hop.Response(uri, status, headers, body.bytes());
            case ContentDecoding.Decoded.Error error -> failed(error.reason());
        };
    }

    private boolean declaredTooLarge(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(0) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static String describe(Throwable cause) {
        return switch (cause) {
            case HttpConnectTimeoutException e -> "fetch: connect timed out";
            case HttpTimeoutException e -> "fetch: no response headers within the read timeout";
            case ConnectException e -> "fetch: cannot connect: " + ContentDecoding.oneLine(e);
            case IOException e -> "fetch: I/O error: " + ContentDecoding.oneLine(e);
            default -> "fetch: " + cause.getClass().getSimpleName() + ": " + ContentDecoding.oneLine(cause);
        };
    }

    private static Hop failed(String reason) {
        return new Hop.Stop(new FetchOutcome.Failed(reason));
    }
}
