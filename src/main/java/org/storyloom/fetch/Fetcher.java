package org.storyloom.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fetches feeds and pages over HTTP, safely and politely: conditional GET, redirects followed by hand through the
 * SSRF guard, bounded and decompressed bodies, a deadline per fetch, per-host limits and robots.txt for pages.
 * Thread-safe; one instance serves the whole application. Expected problems come back as {@link FetchOutcome}
 * values; an exception from here is a bug.
 */
public final class Fetcher implements AutoCloseable {

    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json,"
            + " application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final String ROBOTS_ACCEPT = "text/plain, */*;q=0.5";

    private final FetchConfig config;
    private final InstantSource clock;
    private final HttpClient client;
    private final Redirects redirects;
    private final RobotsCache robots;

    public Fetcher(FetchConfig config, InstantSource clock) {
        this(config, clock, new AddressGuard(config.networkPolicy()));
    }

    Fetcher(FetchConfig config, InstantSource clock, AddressGuard guard) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
        HostThrottle throttle = new HostThrottle(config.perHostConcurrency(), config.perHostMinDelay());
        this.redirects = new Redirects(new HopClient(client, config, throttle), guard, config.maxRedirects());
        this.robots = new RobotsCache(this::fetchRobots, config.robotsTtl(), clock);
    }

    /** Fetches what {@code request} names; never throws for network, server or content problems. */
    public FetchOutcome fetch(FetchRequest request) {
        long deadline = System.nanoTime() + config.totalTimeout().toNanos();
        String problem = Redirects.unfetchable(request.uri());
        if (problem != null) {
            return new FetchOutcome.Blocked(problem);
        }
        boolean page = request.kind() == FetchRequest.Kind.PAGE;
        HopClient.Headers headers =
                new HopClient.Headers(page ? PAGE_ACCEPT : FEED_ACCEPT, request.etag(), request.lastModified());
        Redirects.RobotsGate gate = page ? robots::refusal : (uri, d) -> Optional.empty();
        return switch (redirects.follow(request.uri(), headers, gate, deadline)) {
            case Redirects.Chain.Stop stop -> stop.outcome();
            case Redirects.Chain.End end -> outcome(request, end.response(), end.permanent());
        };
    }

    private FetchOutcome outcome(FetchRequest request, HopClient.Hop.Response response, boolean permanent) {
        int status = response.status();
        HttpHeaders headers = response.headers();
        @Nullable URI moved = permanent ? response.uri() : null;
        if (status == 304) {
            return new FetchOutcome.NotModified(
                    headers.firstValue("ETag").orElse(request.etag()),
                    headers.firstValue("Last-Modified").orElse(request.lastModified()),
                    ResponseHeaders.maxAge(headers),
                    moved);
        }
        if (status == 429 || status == 503) {
            Duration wait = ResponseHeaders.retryAfter(headers, clock.instant());
            return new FetchOutcome.RateLimited(wait == null ? config.defaultRetryAfter() : wait);
        }
        if (status < 200 || status >= 300) {
            return new FetchOutcome.Failed("fetch: HTTP " + status + " from " + response.uri());
        }
        return new FetchOutcome.Fetched(
                response.uri(),
                status,
                response.body(),
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                ResponseHeaders.maxAge(headers),
                moved);
    }

    private RobotsCache.Answer fetchRobots(URI robotsUri, long deadline) {
        HopClient.Headers headers = new HopClient.Headers(ROBOTS_ACCEPT, null, null);
        return switch (redirects.follow(robotsUri, headers, (uri, d) -> Optional.empty(), deadline)) {
            case Redirects.Chain.Stop stop -> new RobotsCache.Answer.Unreachable(reason(stop.outcome()));
            case Redirects.Chain.End end
            when end.response().status() / 100 == 2 ->
                new RobotsCache.Answer.Body(
                        end.response().body(),
                        end.response().headers().firstValue("Content-Type").orElse("text/plain"));
            case Redirects.Chain.End end ->
                new RobotsCache.Answer.Status(end.response().status());
        };
    }

    private static String reason(FetchOutcome outcome) {
        return switch (outcome) {
            case FetchOutcome.Blocked b -> b.reason();
            case FetchOutcome.Failed f -> f.reason();
            default -> "fetch: robots.txt unavailable";
        };
    }

    /** Stops the HTTP client; fetches still running fail. */
    @Override
    public void close() {
        client.shutdownNow();
    }
}
