package org.storyloom.web.view;

import org.jspecify.annotations.Nullable;

/**
 * The article page. {@code safeBodyHtml} is already sanitised and is the only raw HTML a template may print;
 * {@code originalUrl} is null unless it is an http(s) address.
 */
public record ArticleView(
        String title,
        String sourceName,
        @Nullable String author,
        TimeView time,
        @Nullable String safeBodyHtml,
        @Nullable String originalUrl) {}
