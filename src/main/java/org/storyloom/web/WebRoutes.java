package org.storyloom.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Map;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.SearchService;
import org.storyloom.pipeline.StoryService;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.store.Store;

/** Every route of the web pages, registered in one plain method that the app and the tests both call. */
public final class WebRoutes {

    /** The largest OPML file the import form accepts. */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    private WebRoutes() {}

    /**
     * Registers pages, form posts, static files, {@code /healthz}, {@code /metrics}, security headers, the
     * cross-site guard and error pages on {@code config}; adds the HTTP request metrics to {@code registry} (removed
     * again when the server stops).
     */
    public static void register(
            JavalinConfig config,
            Store store,
            Subscriptions subscriptions,
            ArticleBodies bodies,
            StoryService stories,
            SearchService search,
            PrometheusRegistry registry,
            InstantSource clock) {
        Templates templates = new Templates();
        RelativeTime time = new RelativeTime(clock, ZoneId.systemDefault());
        FlashCookie flash = new FlashCookie("/feeds");
        HomePage home = new HomePage(store, store, store, clock, time, templates);
        Enrichments enrichments = new Enrichments(store, time);
        ArticlePage article = new ArticlePage(store, bodies, stories, time, templates, enrichments);
        StoryPage story = new StoryPage(store, stories, time, templates, enrichments);
        TagPage tag = new TagPage(store, enrichments, templates);
        EntityPage entity = new EntityPage(store, enrichments, templates);
        SourcePage source = new SourcePage(store, bodies, time, templates);
        FeedsPage feeds = new FeedsPage(store, subscriptions, time, templates, flash, MAX_UPLOAD_BYTES);
        FeedActions actions = new FeedActions(store, subscriptions, flash, MAX_UPLOAD_BYTES);
        SearchPage searchPage = new SearchPage(search, time, templates);
        Health health = new Health(store, registry);
        HttpMetrics metrics = new HttpMetrics(registry);

        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.http.maxRequestSize = 64 * 1024;
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + 64 * 1024, SizeUnit.BYTES);
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=86400");
        });
        config.requestLogger.http(metrics::record);
        config.events.serverStopped(metrics::unregister);

        config.routes.before(SecurityHeaders::apply);
        config.routes.before(SameOriginGuard::check);
        config.routes.get("/", home::show);
        config.routes.get("/articles/{id}", article::show);
        config.routes.get("/sources/{id}", source::show);
        config.routes.get("/stories/{id}", story::show);
        config.routes.get("/tags/{tag}", tag::show);
        config.routes.get("/entities/{key}", entity::show);
        config.routes.get("/search", searchPage::show);
        config.routes.get("/feeds", feeds::show);
        config.routes.get("/feeds/export.opml", feeds::export);
        config.routes.post("/feeds", actions::subscribe);
        config.routes.post("/feeds/import", actions::importOpml);
        config.routes.post("/feeds/{id}/remove", actions::unsubscribe);
        config.routes.get("/healthz", health::healthz);
        config.routes.get("/metrics", health::metrics);
        config.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
        new ErrorPages(templates).register(config);
    }
}
