package org.storyloom.web.view;

import java.util.List;

/** A generated sentence as shown, with the articles that report it. */
public record CitedRow(String text, List<SourceLink> sources) {

    public CitedRow {
        sources = List.copyOf(sources);
    }
}
