package org.storyloom.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Follows redirects by hand so that every hop passes the SSRF guard (and robots.txt for pages) before anything is
 * sent. Detects loops and stops after the configured number of redirects.
 */
final class Redirects {

    /** Decides, before a hop is sent, whether robots.txt allows it: empty when it does, else the reason. */
    @FunctionalInterface
    interface RobotsGate {
        Optional<String> refusal(URI uri, long deadline);
    }

    /** How a chain of hops ended. */
    sealed interface Chain {
        /**
         * The last response, which is not a redirect.
         *
         * @param permanent true when there was at least one redirect and all of them were permanent (301/308)
         */
        record End(HopClient.Hop.Response response, boolean permanent) implements Chain {}

        record Stop(FetchOutcome outcome) implements Chain {}
    }

    private final HopClient hops;
    private final AddressGuard guard;
    private final int maxRedirects;

    Redirects(HopClient hops, AddressGuard guard, int maxRedirects) {
        this.hops = hops;
        this.guard = guard;
        this.maxRedirects = maxRedirects;
    }

    /** Fetches {@code start}, following redirects, all before {@code deadline} ({@link System#nanoTime()}). */
    Chain follow(URI start, HopClient.Headers headers, RobotsGate robots, long deadline) {
        URI current = start;
        Set<URI> seen = new HashSet<>();
        seen.add(start);
        int redirects = 0;
        boolean permanent = true;
        while (true) {
            String problem = unfetchable(current);
            if (problem != null) {
                return new Chain.Stop(new FetchOutcome.Blocked(problem));
            }
            String host = SpecialAddresses.normalHost(current.getHost());
            switch (guard.check(host)) {
                case AddressGuard.Verdict.Refused r -> {
                    return new Chain.Stop(new FetchOutcome.Blocked(r.reason()));
                }
                case AddressGuard.Verdict.Unresolved u -> {
                    return new Chain.Stop(new FetchOutcome.Failed(u.reason()));
                }
                case AddressGuard.Verdict.Allowed a -> {}
            }
            Optional<String> refusal = robots.refusal(current, deadline);
            if (refusal.isPresent()) {
                return new Chain.Stop(new FetchOutcome.Blocked(refusal.get()));
            }
            HopClient.Hop hop = hops.send(current, host, headers, deadline);
            if (!(hop instanceof HopClient.Hop.Response response)) {
                return new Chain.Stop(((HopClient.Hop.Stop) hop).outcome());
            }
            Optional<String> location =
                    isRedirect(response.status()) ? response.headers().firstValue("Location") : Optional.empty();
            if (location.isEmpty()) {
                return new Chain.End(response, redirects > 0 && permanent);
            }
            URI next = resolve(current, location.get());
            if (next == null) {
                return new Chain.Stop(
                        new FetchOutcome.Failed("fetch: bad redirect location " + oneLine(location.get())));
            }
            if (!seen.add(next)) {
                return new Chain.Stop(new FetchOutcome.Failed("fetch: redirect loop at " + next));
            }
            if (++redirects > maxRedirects) {
                return new Chain.Stop(new FetchOutcome.Failed("fetch: more than " + maxRedirects + " redirects"));
            }
            permanent &= response.status() == 301 || response.status() == 308;
            current = next;
        }
    }

    /** Why {@code uri} cannot be fetched at all (not http(s), no host, user info), or null. */
    static @Nullable String unfetchable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "fetch: only http and https are fetched, not " + oneLine(uri.toString());
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "fetch: no host in " + oneLine(uri.toString());
        }
        if (uri.getRawUserInfo() != null) {
            return "fetch: credentials in the address are not sent";
        }
        return null;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static @Nullable URI resolve(URI base, String location) {
        try {
            URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
            String target = from.resolve(new URI(location.trim())).toString();
            int hash = target.indexOf('#');
            return new URI(hash < 0 ? target : target.substring(0, hash));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
