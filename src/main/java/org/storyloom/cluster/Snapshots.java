package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link Story} snapshots from live state. */
final class Snapshots {

    private Snapshots() {}

    static Story story(StoryState s, TermVectorizer vectorizer) {
        Member lead = lead(s);
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        Set<String> sources = new HashSet<>();
        for (Member m : s.members) {
            groups.computeIfAbsent(m.copyGroup(), k -> new ArrayList<>()).add(m);
            if (m.source() != null) {
                sources.add(m.source());
            }
        }
        List<Story.CopyGroup> copyGroups = new ArrayList<>();
        for (Map.Entry<String, List<Member>> g : groups.entrySet()) {
            List<String> ids = g.getValue().stream().map(Member::id).toList();
            List<String> outlets = g.getValue().stream()
                    .map(Member::source)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            copyGroups.add(new Story.CopyGroup(g.getKey(), ids, outlets));
        }
        copyGroups.sort(
                Comparator.comparingInt((Story.CopyGroup g) -> g.articleIds().size())
                        .reversed());
        List<String> keyTerms = s.topTerms(8).stream().map(vectorizer::display).toList();
        return new Story(
                s.id,
                lead.title(),
                lead.id(),
                s.firstSeen,
                s.lastUpdated,
                s.members.size(),
                sources.size(),
                List.copyOf(copyGroups),
                keyTerms);
    }

    /** The member closest to the embedding centroid; the earlier on ties. */
    static Member lead(StoryState s) {
        return s.lead();
    }
}
