package org.storyloom.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.store.FeedStore;
import org.storyloom.web.view.FeedRow;
import org.storyloom.web.view.FeedsView;

/** {@code GET /feeds} (the subscriptions and their fetch state) and {@code GET /feeds/export.opml}. */
final class FeedsPage {

    private final FeedStore feeds;
    private final Subscriptions subscriptions;
    private final RelativeTime time;
    private final Templates templates;
    private final FlashCookie flash;
    private final long maxUploadBytes;

    FeedsPage(
            FeedStore feeds,
            Subscriptions subscriptions,
            RelativeTime time,
            Templates templates,
            FlashCookie flash,
            long maxUploadBytes) {
        this.feeds = feeds;
        this.subscriptions = subscriptions;
        this.time = time;
        this.templates = templates;
        this.flash = flash;
        this.maxUploadBytes = maxUploadBytes;
    }

    void show(Context ctx) {
        List<FeedRow> rows = feeds.listFeeds().stream().map(this::row).toList();
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, "feeds.jte", new FeedsView(rows, flash.take(ctx), maxUploadBytes));
    }

    void export(Context ctx) {
        String opml = subscriptions.exportOpml();
        ctx.contentType("text/x-opml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"storyloom-subscriptions.opml\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(opml);
    }

    private FeedRow row(Feed f) {
        FeedState s = f.state();
        String given = f.title();
        String title = given == null || given.isBlank() ? f.url() : given.strip();
        return new FeedRow(
                f.id(),
                title,
                f.url(),
                f.category(),
                status(s),
                time.viewOrNull(s.lastSuccess()),
                s.lastError(),
                time.viewOrNull(s.lastAttempt()),
                time.view(s.nextCheck()));
    }

    /** "never fetched" before the first attempt, "error" while the latest attempts fail, else "ok". */
    static String status(FeedState s) {
        Instant attempt = s.lastAttempt();
        if (attempt == null) {
            return "never fetched";
        }
        if (s.consecutiveErrors() > 0) {
            return "error";
        }
        Instant success = s.lastSuccess();
        return s.lastError() != null && (success == null || success.isBefore(attempt)) ? "error" : "ok";
    }
}
