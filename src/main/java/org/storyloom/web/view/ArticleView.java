package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article page. {@code safeBodyHtml} is already sanitised and is the only raw HTML a template may print;
 * {@code originalUrl} is null unless it is an http(s) address; {@code bodyOrigin} is "page" when the text
 * was extracted from the article's page, "feed" when it is the feed's own.
 */
public record ArticleView(
        String title,
        long sourceId,
        String sourceName,
        @Nullable String author,
        TimeView time,
        @Nullable String safeBodyHtml,
        String bodyOrigin,
        @Nullable String originalUrl,
        @Nullable StoryRow story,
        List<RelatedRow> related,
        EnrichmentView enrichment,
        int readingMinutes,
        List<String> keyPoints) {

    public ArticleView {
        related = List.copyOf(related);
        keyPoints = List.copyOf(keyPoints);
    }
}
