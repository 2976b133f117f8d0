package org.storyloom.web.view;

import java.util.List;

/** The home page: the latest stories and trending hashtags (first page only), then one page of the latest articles, newest first. */
public record HomeView(
        List<StoryRow> stories,
        List<TagLink> trending,
        List<ArticleRow> articles,
        int page,
        boolean hasPrevious,
        boolean hasNext) {

    public HomeView {
        stories = List.copyOf(stories);
        trending = List.copyOf(trending);
        articles = List.copyOf(articles);
    }

    /** Nothing stored at all: the page invites the reader to add feeds. */
    public boolean emptyStore() {
        return articles.isEmpty() && page == 1;
    }
}
