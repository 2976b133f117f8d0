package org.storyloom.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.feed.FeedDiscovery;
import org.storyloom.feed.FeedParseResult;
import org.storyloom.feed.FeedParser;
import org.storyloom.feed.Opml;
import org.storyloom.fetch.FetchOutcome;
import org.storyloom.fetch.FetchRequest;
import org.storyloom.fetch.Fetcher;
import org.storyloom.model.Feed;
import org.storyloom.model.OpmlFeed;
import org.storyloom.model.ParsedFeed;
import org.storyloom.model.Source;
import org.storyloom.store.FeedStore.AddedFeed;
import org.storyloom.store.Store;

/**
 * Subscriptions backed by the store. Subscribing fetches the address once: a feed is stored with its entries at
 * once; a web page is searched for the feeds it advertises. OPML import only records the feeds (they are due at
 * once, and the scheduler fetches them politely).
 */
public final class FeedSubscriptions implements Subscriptions {

    private static final int MAX_CANDIDATES = 5;

    private final Store store;
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final FeedRefresher refresher;
    private final InstantSource clock;
    private final FeedDiscovery discovery = new FeedDiscovery();
    private final Opml opml = new Opml();

    public FeedSubscriptions(
            Store store, Fetcher fetcher, FeedParser parser, FeedRefresher refresher, InstantSource clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.parser = parser;
        this.refresher = refresher;
        this.clock = clock;
    }

    @Override
    public SubscribeResult subscribe(String address, @Nullable String category) {
        Optional<URI> uri = webAddress(address);
        if (uri.isEmpty()) {
            return new SubscribeResult.Failed("pipeline: not a web address: " + address.strip());
        }
        Optional<Feed> known = store.findFeedByUrl(uri.get().toString());
        if (known.isPresent()) {
            return new SubscribeResult.AlreadySubscribed(known.get());
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(uri.get()));
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            return new SubscribeResult.Failed(reason(outcome));
        }
        if (parser.parse(fetched.body(), fetched.contentType(), fetched.finalUri())
                instanceof FeedParseResult.Parsed parsed) {
            return add(uri.get(), fetched, parsed.feed(), category);
        }
        List<URI> candidates = discovery.discover(fetched.body(), fetched.contentType(), fetched.finalUri());
        for (URI candidate : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            Optional<Feed> existing = store.findFeedByUrl(candidate.toString());
            if (existing.isPresent()) {
                return new SubscribeResult.AlreadySubscribed(existing.get());
            }
            if (fetcher.fetch(FetchRequest.feed(candidate)) instanceof FetchOutcome.Fetched f
                    && parser.parse(f.body(), f.contentType(), f.finalUri()) instanceof FeedParseResult.Parsed p) {
                return add(candidate, f, p.feed(), category);
            }
        }
        return new SubscribeResult.Failed(
                candidates.isEmpty()
                        ? "pipeline: no feed at " + uri.get() + " and the page advertises none"
                        : "pipeline: the feeds " + uri.get() + " advertises could not be read");
    }

    private SubscribeResult add(
            URI requested, FetchOutcome.Fetched fetched, ParsedFeed parsed, @Nullable String category) {
        String url = fetched.permanentRedirect() != null
                ? fetched.permanentRedirect().toString()
                : requested.toString();
        String home = parsed.link() != null ? parsed.link() : homeOf(requested);
        String name = parsed.title() != null && !parsed.title().isBlank()
                ? parsed.title().strip()
                : hostOf(requested);
        Source source = store.sourceFor(name, home);
        AddedFeed added = store.addFeed(source.id(), url, parsed.title(), blankToNull(category), clock.instant());
        if (!added.created()) {
            return new SubscribeResult.AlreadySubscribed(added.feed());
        }
        refresher.ingest(added.feed(), fetched);
        return new SubscribeResult.Subscribed(store.findFeed(added.feed().id()).orElse(added.feed()));
    }

    @Override
    public boolean unsubscribe(long feedId) {
        return store.removeFeed(feedId);
    }

    @Override
    public ImportReport importOpml(byte[] document, Progress progress) {
        List<OpmlFeed> entries = opml.read(document);
        int added = 0;
        int skipped = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            OpmlFeed entry = entries.get(i);
            Optional<URI> uri = webAddress(entry.xmlUrl());
            if (uri.isEmpty()) {
                errors.add("not a web address: " + entry.xmlUrl());
            } else {
                String name = entry.title() != null && !entry.title().isBlank() ? entry.title() : hostOf(uri.get());
                Source source = store.sourceFor(name, entry.htmlUrl() != null ? entry.htmlUrl() : homeOf(uri.get()));
                boolean created = store.addFeed(
                                source.id(), uri.get().toString(), entry.title(), entry.category(), clock.instant())
                        .created();
                added += created ? 1 : 0;
                skipped += created ? 0 : 1;
            }
            progress.update(i + 1, entries.size());
        }
        return new ImportReport(added, skipped, errors);
    }

    @Override
    public String exportOpml() {
        List<OpmlFeed> out = new ArrayList<>();
        for (Feed f : store.listFeeds()) {
            out.add(new OpmlFeed(f.url(), f.title(), f.siteUrl(), f.category()));
        }
        return opml.write(out, "Storyloom subscriptions");
    }

    /** An absolute http(s) URI; a bare host name gets https://. */
    static Optional<URI> webAddress(String address) {
        String a = address.strip();
        if (!a.contains("://")) {
            a = "https://" + a;
        }
        try {
            URI uri = new URI(a).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String reason(FetchOutcome outcome) {
        return switch (outcome) {
            case FetchOutcome.Failed f -> f.reason();
            case FetchOutcome.Blocked b -> b.reason();
            case FetchOutcome.RateLimited r -> "fetch: the server is rate limiting; try again in " + r.retryAfter();
            case FetchOutcome.NotModified n -> "fetch: unexpected 304 on a first fetch";
            case FetchOutcome.Fetched f -> "fetched";
        };
    }

    private static String homeOf(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
