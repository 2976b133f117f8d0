package org.storyloom.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * robots.txt rules per origin, fetched on first use and kept for a TTL. A missing robots.txt (4xx) allows
 * everything; a server error or an unreachable file disallows everything for a short while (RFC 9309).
 */
final class RobotsCache {

    /** Fetches {@code /robots.txt}: the body of a 2xx, a status, or nothing reachable. */
    @FunctionalInterface
    interface Source {
        Answer fetch(URI robotsUri, long deadline);
    }

    /** What fetching a robots.txt gave. */
    sealed interface Answer {
        record Body(byte[] bytes, String contentType) implements Answer {}

        record Status(int status) implements Answer {}

        record Unreachable(String reason) implements Answer {}
    }

    /** The robots.txt product token; matches groups for "Storyloom" (without case). */
    static final String AGENT = "storyloom";

    private static final int MAX_ORIGINS = 10_000;
    private static final Duration FAILURE_TTL = Duration.ofMinutes(10);

    private record Entry(BaseRobotRules rules, Instant expires) {}

    private final Source source;
    private final Duration ttl;
    private final InstantSource clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    RobotsCache(Source source, Duration ttl, InstantSource clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Empty when robots.txt allows {@code uri} for Storyloom, else the reason it does not. */
    Optional<String> refusal(URI uri, long deadline) {
        BaseRobotRules rules = rules(uri, deadline);
        if (rules.isAllowed(uri.toString())) {
            return Optional.empty();
        }
        return Optional.of(
                rules.isDeferVisits()
                        ? "fetch: robots.txt of " + uri.getHost() + " is unavailable, pages wait"
                        : "fetch: robots.txt disallows " + uri.getRawPath());
    }

    private BaseRobotRules rules(URI uri, long deadline) {
        String origin = origin(uri);
        Instant now = clock.instant();
        synchronized (this) {
            Entry cached = entries.get(origin);
            if (cached != null && cached.expires().isAfter(now)) {
                return cached.rules();
            }
        }
        URI robotsUri = URI.create(origin + "/robots.txt");
        Entry fresh = switch (source.fetch(robotsUri, deadline)) {
            case Answer.Body body -> new Entry(parse(robotsUri, body), now.plus(ttl));
            case Answer.Status status when status.status() >= 500 || status.status() == 429 -> unavailable(now);
            case Answer.Status status ->
                new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ttl));
            case Answer.Unreachable unreachable -> unavailable(now);
        };
        synchronized (this) {
            entries.put(origin, fresh);
            if (entries.size() > MAX_ORIGINS) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return fresh.rules();
    }

    private Entry unavailable(Instant now) {
        SimpleRobotRules rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        rules.setDeferVisits(true);
        return new Entry(rules, now.plus(ttl.compareTo(FAILURE_TTL) < 0 ? ttl : FAILURE_TTL));
    }

    private static BaseRobotRules parse(URI robotsUri, Answer.Body body) {
        // A parser counts warnings as it goes: one per parse keeps this thread-safe.
        return new SimpleRobotRulesParser()
                .parseContent(robotsUri.toString(), body.bytes(), body.contentType(), List.of(AGENT));
    }

    /** {@code scheme://host[:port]} in lower case, the unit robots.txt applies to. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
