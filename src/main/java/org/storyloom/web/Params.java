package org.storyloom.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/** Reads request parameters strictly: garbage is a 400, never a stack trace. */
final class Params {

    private Params() {}

    /** The path parameter as a positive id. */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw new BadRequestResponse("That address does not name an item: the id must be a positive number.");
    }

    /** The {@code page} query parameter: 1 when absent, 400 when not a number in 1..max. */
    static int page(Context ctx, int max) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.strip());
            if (page >= 1 && page <= max) {
                return page;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw new BadRequestResponse("The page must be a number from 1 to " + max + ".");
    }

    /** A form field, stripped; null when absent or blank. */
    static @Nullable String form(Context ctx, String name) {
        String raw = ctx.formParam(name);
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }
}
