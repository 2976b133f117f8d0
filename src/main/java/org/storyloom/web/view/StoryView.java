package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A story's page: its articles by copy group, and related stories with their reasons. */
public record StoryView(
        String headline,
        int articleCount,
        int sourceCount,
        TimeView firstSeen,
        TimeView updated,
        List<CopyGroupView> groups,
        List<RelatedRow> related,
        EnrichmentView enrichment,
        DigestView digest,
        @Nullable AnswerView answer) {

    public StoryView {
        groups = List.copyOf(groups);
        related = List.copyOf(related);
    }
}
