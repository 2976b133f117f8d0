package org.storyloom.pipeline;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.extract.ExtractedArticle;
import org.storyloom.extract.Extraction;
import org.storyloom.extract.Extractor;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.extract.NoArticle;
import org.storyloom.fetch.FetchOutcome;
import org.storyloom.fetch.FetchRequest;
import org.storyloom.fetch.Fetcher;
import org.storyloom.model.Article;
import org.storyloom.model.FullText;
import org.storyloom.model.ShownBody;
import org.storyloom.store.FullTextStore;
import org.storyloom.text.SafeHtml;

/**
 * Fetches the pages of queued articles (robots.txt respected, politely, through the fetcher) and extracts their
 * full text. The feed's text is kept; the page's is shown only when the policy finds it is the real article.
 */
public final class FullTextWorker {

    private static final Logger LOG = LoggerFactory.getLogger(FullTextWorker.class);

    private final FullTextStore store;
    private final Fetcher fetcher;
    private final Extractor extractor;
    private final FullTextPolicy policy;
    private final ArticleChanges changes;

    public FullTextWorker(FullTextStore store, Fetcher fetcher, Extractor extractor, FullTextPolicy policy) {
        this(store, fetcher, extractor, policy, ArticleChanges.none());
    }

    /** As above, telling {@code changes} which articles got their page's text. */
    public FullTextWorker(
            FullTextStore store, Fetcher fetcher, Extractor extractor, FullTextPolicy policy, ArticleChanges changes) {
        this.changes = changes;
        this.store = store;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.policy = policy;
    }

    /** Processes up to {@code limit} queued articles; returns how many. */
    public int runOnce(int limit) {
        List<Article> pending = store.pendingFullText(limit);
        for (Article a : pending) {
            FullText result;
            try {
                result = fetchAndExtract(a);
            } catch (RuntimeException e) {
                LOG.warn("full text failed article={} url={} error={}", a.id(), a.url(), e.toString());
                result = FullText.failed(a.id(), "pipeline: " + e.getClass().getSimpleName());
            }
            store.saveFullText(result);
        }
        changes.changed(pending.stream().map(Article::id).toList());
        return pending.size();
    }

    FullText fetchAndExtract(Article a) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(URI.create(a.url())));
        return switch (outcome) {
            case FetchOutcome.Fetched f -> fromPage(a, extractor.extract(f.body(), f.contentType(), f.finalUri()));
            case FetchOutcome.Blocked b -> FullText.failed(a.id(), b.reason());
            case FetchOutcome.Failed f -> FullText.failed(a.id(), f.reason());
            case FetchOutcome.RateLimited r -> FullText.failed(a.id(), "fetch: rate limited by the site");
            case FetchOutcome.NotModified n -> FullText.failed(a.id(), "fetch: unexpected 304");
        };
    }

    private FullText fromPage(Article a, Extraction extraction) {
        if (extraction instanceof NoArticle none) {
            return FullText.failed(a.id(), none.reason());
        }
        ExtractedArticle page = (ExtractedArticle) extraction;
        String feedBody = a.contentHtml() != null ? a.contentHtml() : a.summary();
        ShownBody shown =
                policy.choose(feedBody, extraction) == FullTextPolicy.Shown.PAGE ? ShownBody.PAGE : ShownBody.FEED;
        Instant published = page.published() == null ? null : page.published().toInstant();
        return new FullText(
                a.id(),
                SafeHtml.clean(page.html(), a.url()),
                page.text(),
                shown,
                byline(page),
                page.metadata().language(),
                published,
                null);
    }

    private static @Nullable String byline(ExtractedArticle page) {
        List<String> authors = page.metadata().authors();
        return authors.isEmpty() ? null : String.join(", ", authors);
    }
}
