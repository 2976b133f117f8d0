package org.storyloom.web.view;

import java.util.List;

/** One outlet's own angle on a story: what only it reports, and whom it quotes. */
public record OutletRow(String source, List<CitedRow> onlyHere, List<String> quoted) {

    public OutletRow {
        onlyHere = List.copyOf(onlyHere);
        quoted = List.copyOf(quoted);
    }
}
