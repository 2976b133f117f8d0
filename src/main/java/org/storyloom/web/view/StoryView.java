package org.storyloom.web.view;

import java.util.List;

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
        DigestView digest) {

    public StoryView {
        groups = List.copyOf(groups);
        related = List.copyOf(related);
    }
}
