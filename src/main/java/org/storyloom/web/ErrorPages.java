package org.storyloom.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.web.view.ErrorView;

/** Friendly error pages for every failure; the details of a server error go to the log, never to the reader. */
final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String RENDERED = "storyloom.errorRendered";

    private static final String GENERIC =
            "Storyloom could not show this page. The problem has been logged; try again later.";

    private final Templates templates;

    ErrorPages(Templates templates) {
        this.templates = templates;
    }

    void register(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String message = e.getMessage();
            show(ctx, status, status < 500 && message != null ? message : GENERIC);
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("web: request failed method={} path={}", ctx.method(), ctx.path(), e);
            show(ctx, 500, GENERIC);
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                show(ctx, 404, "There is nothing at this address.");
            }
        });
    }

    private void show(Context ctx, int status, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        try {
            templates.render(ctx, "error.jte", new ErrorView(status, title(status), message));
        } catch (RuntimeException e) {
            LOG.error("web: error page failed status={}", status, e);
            ctx.contentType("text/plain; charset=utf-8").result(title(status));
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            case 503 -> "Temporarily unavailable";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }
}
