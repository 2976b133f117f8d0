package org.storyloom.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates of {@code src/main/jte}; every value is HTML-escaped by jte. */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (e.g. "home.jte") with its single parameter into the response. */
    void render(Context ctx, String name, Object model) {
        StringOutput out = new StringOutput(8 * 1024);
        engine.render(name, model, out);
        ctx.html(out.toString());
    }
}
