package org.storyloom.web.view;

import java.util.List;

/** One text of a story as one outlet ran it, and the other outlets that ran copies of it. */
public record CopyGroupView(ArticleRow shown, List<String> alsoRunBy) {

    public CopyGroupView {
        alsoRunBy = List.copyOf(alsoRunBy);
    }
}
