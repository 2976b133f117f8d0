package org.storyloom.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.pipeline.SearchIndexer;

/**
 * The running server's admin endpoint, for the command line on the same machine: a second listener bound to
 * 127.0.0.1 only (whatever address the pages use), answering {@code POST /admin/reindex} to callers that present
 * the token (as {@code Authorization: Bearer TOKEN}) which the app writes, owner-readable only, into the data
 * folder. One rebuild at a time; a second caller gets 409.
 */
public final class AdminServer {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final Javalin app;
    private final byte[] token;
    private final Supplier<SearchIndexer.Reindexed> reindex;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ObjectMapper json = new ObjectMapper();

    public AdminServer(String token, Supplier<SearchIndexer.Reindexed> reindex) {
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.reindex = reindex;
        this.app = Javalin.create(cfg -> {
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.routes.post("/admin/reindex", this::reindex);
        });
    }

    /** Starts listening on a free loopback port; returns it. */
    public int start() {
        app.start();
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    private void reindex(Context ctx) throws Exception {
        String presented = ctx.header("Authorization");
        if (!loopback(ctx.req().getRemoteAddr())
                || presented == null
                || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            ctx.status(403).result("admin: refused");
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            ctx.status(409).result("admin: a reindex is already running");
            return;
        }
        try {
            long start = System.nanoTime();
            SearchIndexer.Reindexed done = reindex.get();
            LOG.info(
                    "reindexed on request articles={} failed={} ms={}",
                    done.articles(),
                    done.failed(),
                    (System.nanoTime() - start) / 1_000_000);
            ctx.contentType("application/json")
                    .result(json.writeValueAsString(Map.of("articles", done.articles(), "failed", done.failed())));
        } finally {
            busy.set(false);
        }
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
