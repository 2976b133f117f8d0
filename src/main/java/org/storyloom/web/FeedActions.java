package org.storyloom.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.pipeline.Subscriptions.ImportReport;
import org.storyloom.pipeline.Subscriptions.SubscribeResult;
import org.storyloom.store.FeedStore;
import org.storyloom.store.StoreException;
import org.storyloom.web.view.FlashView;

/** The feeds page's form posts: subscribe, unsubscribe, OPML import. Each answers 303 to {@code /feeds}. */
final class FeedActions {

    private static final int MAX_URL = 2048;
    private static final int MAX_CATEGORY = 100;
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final FeedStore feeds;
    private final Subscriptions subscriptions;
    private final FlashCookie flash;
    private final long maxUploadBytes;

    FeedActions(FeedStore feeds, Subscriptions subscriptions, FlashCookie flash, long maxUploadBytes) {
        this.feeds = feeds;
        this.subscriptions = subscriptions;
        this.flash = flash;
        this.maxUploadBytes = maxUploadBytes;
    }

    void subscribe(Context ctx) {
        String url = Params.form(ctx, "url");
        String category = Params.form(ctx, "category");
        if (url == null || url.length() > MAX_URL) {
            done(
                    ctx,
                    FlashView.error("Enter the address of a feed or a web page (at most " + MAX_URL + " characters)."));
            return;
        }
        if (category != null && category.length() > MAX_CATEGORY) {
            category = category.substring(0, MAX_CATEGORY);
        }
        SubscribeResult result = subscriptions.subscribe(url, category);
        done(
                ctx,
                switch (result) {
                    case SubscribeResult.Subscribed s ->
                        FlashView.ok("Subscribed to " + name(s.feed()) + ". Its articles appear here within a minute.");
                    case SubscribeResult.AlreadySubscribed a ->
                        FlashView.ok("You are already subscribed to " + name(a.feed()) + ".");
                    case SubscribeResult.Failed f ->
                        FlashView.error("Could not subscribe to " + url + ": " + f.reason());
                });
    }

    void unsubscribe(Context ctx) {
        long id = Params.id(ctx, "id");
        String name = feeds.findFeed(id).map(FeedActions::name).orElse(null);
        if (name != null && subscriptions.unsubscribe(id)) {
            done(ctx, FlashView.ok("Removed " + name + ". Its articles stay readable."));
        } else {
            done(ctx, FlashView.error("That feed was already removed."));
        }
    }

    void importOpml(Context ctx) {
        if (ctx.contentLength() > maxUploadBytes + MULTIPART_OVERHEAD) {
            throw tooLarge();
        }
        byte[] opml = upload(ctx);
        if (opml == null) {
            done(ctx, FlashView.error("Choose an OPML file to import."));
            return;
        }
        ImportReport report;
        try {
            report = subscriptions.importOpml(opml, Subscriptions.Progress.none());
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            done(ctx, FlashView.error("Could not read that file as OPML: " + e.getMessage()));
            return;
        }
        String message = "Imported " + plural(report.added(), "new feed") + "; " + report.skipped()
                + " already subscribed or skipped"
                + (report.errors().isEmpty()
                        ? "."
                        : "; " + plural(report.errors().size(), "problem") + ":");
        String kind = report.added() == 0 && !report.errors().isEmpty() ? "error" : "ok";
        done(ctx, new FlashView(kind, message, report.errors()));
    }

    private byte @Nullable [] upload(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.isMultipartFormData() ? ctx.uploadedFile("opml") : null;
        } catch (Exception e) { // Jetty's multipart parser throws checked exceptions through Kotlin code
            throw ctx.contentLength() > maxUploadBytes
                    ? tooLarge()
                    : new BadRequestResponse("The upload could not be read.");
        }
        if (file == null || file.size() == 0) {
            return null;
        }
        if (file.size() > maxUploadBytes) {
            throw tooLarge();
        }
        try (InputStream in = file.content()) {
            return in.readNBytes((int) maxUploadBytes + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("The upload could not be read.");
        }
    }

    private ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse(
                "That file is too large: OPML files up to " + maxUploadBytes / (1024 * 1024) + " MiB are accepted.");
    }

    private void done(Context ctx, FlashView view) {
        flash.set(ctx, view);
        ctx.redirect("/feeds", HttpStatus.SEE_OTHER);
    }

    private static String name(Feed feed) {
        String title = feed.title();
        return title == null || title.isBlank() ? feed.url() : title.strip() + " (" + feed.url() + ")";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
