package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search page: the form (echoing what was asked), then the stories of the best matching articles, then the
 * matching articles.
 *
 * @param searched false when no query was given: only the form is shown
 * @param nextPage the link to the next page of hits; null on the last
 * @param previousPage the link to the previous page; null on the first
 */
public record SearchView(
        String query,
        String source,
        String from,
        String to,
        String lang,
        boolean searched,
        long total,
        List<SearchStoryRow> stories,
        List<SearchRow> articles,
        @Nullable String previousPage,
        @Nullable String nextPage) {

    public SearchView {
        stories = List.copyOf(stories);
        articles = List.copyOf(articles);
    }
}
