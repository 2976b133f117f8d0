package org.storyloom.web;

import io.javalin.Javalin;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.InstantSource;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.SearchService;
import org.storyloom.pipeline.StoryService;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.store.Store;

/** The Javalin server that serves the pages; routes come from {@link WebRoutes#register}. */
public final class WebServer {

    private final Javalin app;

    public WebServer(
            WebConfig config,
            Store store,
            Subscriptions subscriptions,
            ArticleBodies bodies,
            StoryService stories,
            SearchService search,
            PrometheusRegistry registry,
            InstantSource clock) {
        this.app = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.concurrency.useVirtualThreads = true;
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            WebRoutes.register(cfg, store, subscriptions, bodies, stories, search, registry, clock);
        });
    }

    /** Starts listening; returns the bound port (useful with port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** Stops the server; safe to call more than once. */
    public void stop() {
        app.stop();
    }
}
