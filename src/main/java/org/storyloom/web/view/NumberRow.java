package org.storyloom.web.view;

import java.util.List;

/** A quantity the outlets give different numbers for, each number with who gives it. */
public record NumberRow(String quantity, List<CitedRow> figures) {

    public NumberRow {
        figures = List.copyOf(figures);
    }
}
