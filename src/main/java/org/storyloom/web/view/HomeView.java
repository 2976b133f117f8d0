package org.storyloom.web.view;

import java.util.List;

/** The home page: one page of the latest articles, newest first. */
public record HomeView(List<ArticleRow> articles, int page, boolean hasPrevious, boolean hasNext) {

    public HomeView {
        articles = List.copyOf(articles);
    }

    /** Nothing stored at all: the page invites the reader to add feeds. */
    public boolean emptyStore() {
        return articles.isEmpty() && page == 1;
    }
}
