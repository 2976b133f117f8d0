package org.storyloom.pipeline;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;
import java.util.Locale;
import org.storyloom.store.ArticleStore.Change;

/** Counters of the ingestion path, registered in the registry the web layer exposes on /metrics. */
public final class IngestMetrics {

    private final Counter fetches;
    private final Counter errors;
    private final Counter articles;
    private final Histogram latency;

    public IngestMetrics(PrometheusRegistry registry) {
        fetches = Counter.builder()
                .name("storyloom_feed_fetches_total")
                .help("Feed fetches by outcome")
                .labelNames("outcome")
                .register(registry);
        errors = Counter.builder()
                .name("storyloom_feed_errors_total")
                .help("Feed refreshes that failed (fetch, parse or store)")
                .register(registry);
        articles = Counter.builder()
                .name("storyloom_articles_ingested_total")
                .help("Feed entries stored, by what the store did with them")
                .labelNames("change")
                .register(registry);
        latency = Histogram.builder()
                .name("storyloom_feed_ingest_seconds")
                .help("Time to fetch, parse and store one feed")
                .unit(Unit.SECONDS)
                .register(registry);
    }

    void fetched(String outcome) {
        fetches.labelValues(outcome).inc();
    }

    void failed() {
        errors.inc();
    }

    void stored(Change change) {
        articles.labelValues(change.name().toLowerCase(Locale.ROOT)).inc();
    }

    void took(Duration d) {
        latency.observe(d.toNanos() / 1e9);
    }
}
