package org.storyloom.pipeline;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParseResult;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchOutcome;
import org.storyloom.fetch.FetchRequest;
import org.storyloom.fetch.Fetcher;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.FeedState;
import org.storyloom.model.NewArticle;
import org.storyloom.model.ParsedFeed;
import org.storyloom.store.ArticleStore.Change;
import org.storyloom.store.ArticleStore.Upsert;
import org.storyloom.store.Store;

/**
 * Refreshes one feed: conditional fetch, parse, store every entry (each in its own transaction, so a kill loses
 * nothing already stored), then the next check. Never throws: every failure ends in the feed's state.
 */
public final class FeedRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRefresher.class);

    private final Store store;
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final RefreshPolicy policy;
    private final IngestMetrics metrics;
    private final InstantSource clock;
    private final FullTextPolicy fullText;
    private final ArticleChanges changes;

    public FeedRefresher(
            Store store,
            Fetcher fetcher,
            FeedParser parser,
            RefreshPolicy policy,
            FullTextPolicy fullText,
            IngestMetrics metrics,
            InstantSource clock) {
        this(store, fetcher, parser, policy, fullText, metrics, clock, ArticleChanges.none());
    }

    /** As above, telling {@code changes} which articles each fetch added or changed. */
    public FeedRefresher(
            Store store,
            Fetcher fetcher,
            FeedParser parser,
            RefreshPolicy policy,
            FullTextPolicy fullText,
            IngestMetrics metrics,
            InstantSource clock,
            ArticleChanges changes) {
        this.changes = changes;
        this.fullText = fullText;
        this.store = store;
        this.fetcher = fetcher;
        this.parser = parser;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    public RefreshReport refresh(Feed feed) {
        Instant start = clock.instant();
        try {
            FetchRequest request = FetchRequest.feed(URI.create(feed.url()))
                    .withValidators(feed.state().etag(), feed.state().lastModified());
            return handle(feed, fetcher.fetch(request));
        } catch (RuntimeException e) {
            // A bug or a store failure: record it on the feed and go on with the others.
            LOG.warn("feed refresh failed feed={} url={} error={}", feed.id(), feed.url(), e.toString());
            return failed(feed, "pipeline: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            metrics.took(Duration.between(start, clock.instant()));
        }
    }

    private RefreshReport handle(Feed feed, FetchOutcome outcome) {
        Instant now = clock.instant();
        return switch (outcome) {
            case FetchOutcome.Fetched f -> {
                metrics.fetched("fetched");
                moveIfPermanent(feed, f.permanentRedirect());
                yield ingest(feed, f);
            }
            case FetchOutcome.NotModified n -> {
                metrics.fetched("not_modified");
                moveIfPermanent(feed, n.permanentRedirect());
                store.updateFeedState(
                        feed.id(), policy.afterNotModified(feed.state(), now, n.maxAge(), n.etag(), n.lastModified()));
                yield new RefreshReport(feed.id(), "not-modified", 0, 0, "");
            }
            case FetchOutcome.RateLimited r -> {
                metrics.fetched("rate_limited");
                store.updateFeedState(feed.id(), policy.afterRateLimited(feed.state(), now, r.retryAfter()));
                yield new RefreshReport(feed.id(), "rate-limited", 0, 0, "retry after " + r.retryAfter());
            }
            case FetchOutcome.Blocked b -> {
                metrics.fetched("blocked");
                yield failed(feed, b.reason());
            }
            case FetchOutcome.Failed f -> {
                metrics.fetched("failed");
                yield failed(feed, f.reason());
            }
        };
    }

    /** Parses and stores a fetched body; also used when a subscription has just fetched the feed. */
    RefreshReport ingest(Feed feed, FetchOutcome.Fetched fetched) {
        FeedParseResult parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUri());
        if (parsed instanceof FeedParseResult.Rejected r) {
            return failed(feed, r.reason());
        }
        ParsedFeed pf = ((FeedParseResult.Parsed) parsed).feed();
        Instant now = clock.instant();
        List<NewArticle> batch = new ArrayList<>(pf.entries().size());
        List<Instant> times = new ArrayList<>();
        for (FeedEntry entry : pf.entries()) {
            Optional<NewArticle> article = EntryMapper.toArticle(feed, entry, now);
            if (article.isPresent()) {
                batch.add(article.get());
                if (article.get().published() != null) {
                    times.add(article.get().published());
                }
            }
        }
        // One transaction per fetched document: a kill loses at most the document being stored.
        int inserted = 0;
        int updated = 0;
        List<Upsert> upserts = store.upsertArticles(batch);
        changes.changed(upserts.stream()
                .filter(u -> u.change() != Change.UNCHANGED)
                .map(Upsert::id)
                .toList());
        for (int i = 0; i < upserts.size(); i++) {
            Upsert u = upserts.get(i);
            metrics.stored(u.change());
            if (u.change() == Change.INSERTED && needsPage(batch.get(i))) {
                store.requestFullText(u.id());
            }
            inserted += u.change() == Change.INSERTED ? 1 : 0;
            updated += u.change() == Change.UPDATED ? 1 : 0;
        }
        if (feed.title() == null || pf.link() != null) {
            store.updateFeedInfo(feed.id(), feed.title() == null ? pf.title() : null, pf.link());
        }
        FeedState next =
                policy.afterFetched(feed.state(), now, times, fetched.maxAge(), fetched.etag(), fetched.lastModified());
        store.updateFeedState(feed.id(), next);
        return new RefreshReport(
                feed.id(), "fetched", inserted, updated, pf.entries().size() + " entries");
    }

    /** A new entry whose feed body is missing, a stub or much too short gets its page fetched. */
    private boolean needsPage(NewArticle a) {
        return fullText.assess(a.contentHtml() != null ? a.contentHtml() : a.summary())
                .fetchPage();
    }

    private void moveIfPermanent(Feed feed, @Nullable URI target) {
        if (target != null
                && !target.toString().equals(feed.url())
                && !store.updateFeedUrl(feed.id(), target.toString())) {
            LOG.info("permanent redirect not applied feed={} to={} reason=url-taken", feed.id(), target);
        }
    }

    private RefreshReport failed(Feed feed, String reason) {
        metrics.failed();
        try {
            store.updateFeedState(feed.id(), policy.afterError(feed.state(), clock.instant(), reason));
        } catch (RuntimeException e) {
            LOG.warn("cannot record feed error feed={} error={}", feed.id(), e.toString());
        }
        return new RefreshReport(feed.id(), "error", 0, 0, reason);
    }
}
