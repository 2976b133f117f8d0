package org.storyloom.web.view;

import java.util.List;

/** A hashtag's page: the stories carrying it, latest first. */
public record TagView(String tag, List<StoryRow> stories) {

    public TagView {
        stories = List.copyOf(stories);
    }
}
