package org.storyloom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.store.Store;

/** {@code GET /healthz} (the store answers) and {@code GET /metrics} (Prometheus text format). */
final class Health {

    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private final Store store;
    private final PrometheusRegistry registry;
    private final ObjectMapper json = new ObjectMapper();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    Health(Store store, PrometheusRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void healthz(Context ctx) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            long articles = store.countArticles();
            int feeds = store.listFeeds().size();
            body.put("status", "ok");
            body.put("articles", articles);
            body.put("feeds", feeds);
            ctx.status(200);
        } catch (RuntimeException e) {
            LOG.warn("web: health check failed error={}", e.toString());
            body.clear();
            body.put("status", "unavailable");
            body.put("reason", "store");
            ctx.status(503);
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }

    void metrics(Context ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("web: writing metrics failed", e);
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(writer.getContentType()).result(out.toByteArray());
    }
}
