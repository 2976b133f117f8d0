package org.storyloom.fetch;

import java.time.Duration;

/**
 * Limits and manners of the fetcher.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param readTimeout how long to wait for the response headers of one hop
 * @param totalTimeout deadline of a whole fetch, all hops and bodies included: a server stalling mid-body fails
 *     within it
 * @param maxBodyBytes cap on the bytes received for one body (before decompression)
 * @param maxDecompressedBytes cap on a body after gzip or deflate decompression
 * @param maxRedirects how many redirects one fetch follows
 * @param perHostConcurrency how many requests may be in flight to one host at once
 * @param perHostMinDelay minimum time between the starts of two requests to one host
 * @param userAgent the User-Agent header: names Storyloom and where to learn about it
 * @param defaultRetryAfter how long a 429 or 503 without a usable Retry-After asks the caller to wait
 * @param robotsTtl how long a host's robots.txt is trusted before it is fetched again
 * @param networkPolicy hosts and networks the SSRF guard lets through
 */
public record FetchConfig(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        long maxDecompressedBytes,
        int maxRedirects,
        int perHostConcurrency,
        Duration perHostMinDelay,
        String userAgent,
        Duration defaultRetryAfter,
        Duration robotsTtl,
        NetworkPolicy networkPolicy) {

    /** The honest User-Agent: product token {@code Storyloom} (what robots.txt groups match) and a URL. */
    public static final String USER_AGENT =
            "Storyloom/0.1 (self-hosted news aggregator; +https://github.com/storyloom/storyloom)";

    public FetchConfig {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxBodyBytes <= 0 || maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("fetch: body limits must be positive");
        }
        if (maxRedirects < 0 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("fetch: maxRedirects >= 0 and perHostConcurrency >= 1 required");
        }
        if (perHostMinDelay.isNegative() || defaultRetryAfter.isNegative() || robotsTtl.isNegative()) {
            throw new IllegalArgumentException("fetch: durations must not be negative");
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("fetch: a User-Agent is required");
        }
    }

    /** Sensible production values: 10 MiB bodies, 5 redirects, 2 requests per host at least 1 s apart. */
    public static FetchConfig defaults() {
        return new FetchConfig(
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofSeconds(60),
                10L * 1024 * 1024,
                50L * 1024 * 1024,
                5,
                2,
                Duration.ofSeconds(1),
                USER_AGENT,
                Duration.ofMinutes(10),
                Duration.ofHours(24),
                NetworkPolicy.none());
    }

    /** This configuration with another network policy. */
    public FetchConfig withNetworkPolicy(NetworkPolicy policy) {
        return new FetchConfig(
                connectTimeout,
                readTimeout,
                totalTimeout,
                maxBodyBytes,
                maxDecompressedBytes,
                maxRedirects,
                perHostConcurrency,
                perHostMinDelay,
                userAgent,
                defaultRetryAfter,
                robotsTtl,
                policy);
    }

    /** This configuration with other timeouts. */
    public FetchConfig withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchConfig(
                connect,
                read,
                total,
                maxBodyBytes,
                maxDecompressedBytes,
                maxRedirects,
                perHostConcurrency,
                perHostMinDelay,
                userAgent,
                defaultRetryAfter,
                robotsTtl,
                networkPolicy);
    }

    /** This configuration with other body limits. */
    public FetchConfig withBodyLimits(long maxBody, long maxDecompressed) {
        return new FetchConfig(
                connectTimeout,
                readTimeout,
                totalTimeout,
                maxBody,
                maxDecompressed,
                maxRedirects,
                perHostConcurrency,
                perHostMinDelay,
                userAgent,
                defaultRetryAfter,
                robotsTtl,
                networkPolicy);
    }

    /** This configuration with other per-host politeness. */
    public FetchConfig withPoliteness(int concurrency, Duration minDelay) {
        return new FetchConfig(
                connectTimeout,
                readTimeout,
                totalTimeout,
                maxBodyBytes,
                maxDecompressedBytes,
                maxRedirects,
                concurrency,
                minDelay,
                userAgent,
                defaultRetryAfter,
                robotsTtl,
                networkPolicy);
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("fetch: " + name + " must be positive");
        }
    }
}
