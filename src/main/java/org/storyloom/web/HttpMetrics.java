package org.storyloom.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Request count by route and status, and request latency by route, in the given registry. Routes are the declared
 * path templates ({@code /articles/{id}}), so label values stay few whatever the traffic.
 */
final class HttpMetrics {

    static final String REQUESTS = "http_requests";
    static final String DURATION = "http_request_duration_seconds";

    private final PrometheusRegistry registry;
    private final Counter requests;
    private final Histogram duration;

    HttpMetrics(PrometheusRegistry registry) {
        this.registry = registry;
        this.requests = Counter.builder()
                .name(REQUESTS)
                .help("HTTP requests served by the web pages, by method, route and status")
                .labelNames("method", "route", "status")
                .build();
        this.duration = Histogram.builder()
                .name(DURATION)
                .help("Time to serve an HTTP request, by method and route")
                .labelNames("method", "route")
                .classicOnly()
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .build();
        registry.register(requests);
        registry.register(duration);
    }

    void record(Context ctx, float millis) {
        String method = ctx.method().name();
        String route = route(ctx);
        requests.labelValues(method, route, Integer.toString(ctx.statusCode())).inc();
        duration.labelValues(method, route).observe(millis / 1000.0);
    }

    /** Removes the metrics from the registry, so a later server can register them again. */
    void unregister() {
        registry.unregister(requests);
        registry.unregister(duration);
    }

    private static String route(Context ctx) {
        @Nullable Endpoint endpoint = null;
        try {
            endpoint = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            // no endpoint matched: static file or 404
        }
        if (endpoint != null && !endpoint.path.isEmpty() && !endpoint.path.equals("*")) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
    }
}
