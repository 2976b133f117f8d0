package org.storyloom.web.view;

import java.util.List;

/** An entity's page: its name and kind, how many articles name it, its stories and its recent quotes. */
public record EntityView(String name, String kind, int articles, List<StoryRow> stories, List<QuoteRow> quotes) {

    public EntityView {
        stories = List.copyOf(stories);
        quotes = List.copyOf(quotes);
    }
}
