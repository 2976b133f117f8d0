package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.Highlighted;

/** One matching article: title and snippet as parts, the matched ones shown marked. */
public record SearchRow(
        long id,
        List<Highlighted.Part> title,
        long sourceId,
        String sourceName,
        @Nullable TimeView time,
        List<Highlighted.Part> snippet) {

    public SearchRow {
        title = List.copyOf(title);
        snippet = List.copyOf(snippet);
    }
}
