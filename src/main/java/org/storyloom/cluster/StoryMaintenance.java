package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The periodic pass: a story absorbs a younger one whose centroids converged with its own, unless their names are
 * apart ({@link NameEvidence#apart}); a story whose members fall into two halves (2-means on embeddings) that
 * are dissimilar, or whose names are apart (the same kind of event twice, told with other people and places),
 * gives the half without its first article to a new story. Visits stories in age order, so the result depends
 * only on the state.
 */
final class StoryMaintenance {

    private final ClusterConfig config;
    private final CandidateIndex index;
    private final NameEvidence names;

    StoryMaintenance(ClusterConfig config, CandidateIndex index, NameEvidence names) {
        this.config = config;
        this.index = index;
        this.names = names;
    }

    List<StoryEvent> run(Map<String, StoryState> stories) {
        List<StoryEvent> events = new ArrayList<>();
        split(stories, events);
        merge(stories, events);
        return events;
    }

    private void merge(Map<String, StoryState> stories, List<StoryEvent> events) {
        List<StoryState> ordered = new ArrayList<>(stories.values());
        ordered.sort(Comparator.comparingLong(s -> s.seq));
        for (StoryState story : ordered) {
            if (!stories.containsKey(story.id)) {
                continue;
            }
            boolean absorbed = true;
            while (absorbed) {
                absorbed = false;
                for (StoryState other : candidates(story)) {
                    if (other != story
                            && other.seq > story.seq
                            && stories.containsKey(other.id)
                            && similarity(story, other) >= config.mergeThreshold()
                            && !names.apart(story, other)
                            && !datedApart(story, other)) {
                        absorb(story, other, stories, events);
                        absorbed = true;
                        break;
                    }
                }
            }
        }
    }

    /** Whether the two stories are dated apart ({@link YearSplit#apart}) and differ enough to be two events. */
    private boolean datedApart(StoryState a, StoryState b) {
        int minimum = Math.max(1, config.minSplitSize());
        return YearSplit.apart(a, b, minimum) && similarity(a, b) < YearSplit.DIFFERENT;
    }

    private List<StoryState> candidates(StoryState story) {
        List<String> top = story.topTerms(config.candidateTerms());
        String[] terms = top.toArray(String[]::new);
        float[] weights = new float[terms.length];
        int[] which = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = story.termSum.getOrDefault(terms[i], 0.0).floatValue();
            which[i] = i;
        }
        return index.candidates(terms, weights, which, config.maxCandidates());
    }

    double similarity(StoryState a, StoryState b) {
        double w = config.embeddingWeight();
        double cosine = w * a.embeddingCosine(b) + (1 - w) * a.termCosine(b);
        double penalty = Math.min(
                StoryClusterer.timePenalty(b.firstSeen, a.firstSeen, a.lastUpdated, config),
                StoryClusterer.timePenalty(a.firstSeen, b.firstSeen, b.lastUpdated, config));
        return cosine - penalty - names.penalty(a, b);
    }

    private void absorb(StoryState into, StoryState from, Map<String, StoryState> stories, List<StoryEvent> events) {
        index.unindex(from);
        stories.remove(from.id);
        List<String> moved = new ArrayList<>(from.members.size());
        for (Member m : from.members) {
            into.add(m);
            moved.add(m.id());
        }
        into.members.sort(Comparator.comparingLong(Member::seq));
        index.index(into, into.topTerms(config.storyTerms()));
        into.indexedAtSize = into.members.size();
        events.add(new StoryEvent.Merged(from.id, into.id, List.copyOf(moved)));
    }

    private void split(Map<String, StoryState> stories, List<StoryEvent> events) {
        List<StoryState> ordered = new ArrayList<>(stories.values());
        ordered.sort(Comparator.comparingLong(s -> s.seq));
        int minimum = Math.max(1, config.minSplitSize());
        for (StoryState story : ordered) {
            int size = story.members.size();
            if (size < 2 * minimum || size < story.checkedSplitAtSize * 5 / 4 + 1) {
                continue;
            }
            story.checkedSplitAtSize = size;
            List<List<Member>> halves = halves(story.members, minimum);
            if (halves == null) {
                continue;
            }
            List<Member> leave = halves.get(1);
            story.members.removeAll(leave);
            story.rebuild();
            index.index(story, story.topTerms(config.storyTerms()));
            story.indexedAtSize = story.members.size();
            StoryState fresh = new StoryState(
                    leave.get(0).id(),
                    leave.get(0).seq(),
                    story.embeddingSum.length,
                    leave.get(0).published());
            leave.forEach(fresh::add);
            fresh.checkedSplitAtSize = fresh.members.size();
            stories.put(fresh.id, fresh);
            index.index(fresh, fresh.topTerms(config.storyTerms()));
            fresh.indexedAtSize = fresh.members.size();
            events.add(new StoryEvent.Split(
                    story.id, fresh.id, leave.stream().map(Member::id).toList()));
        }
    }

    /**
     * Two parts that tell different events, the part holding the first member first, or null: the 2-means halves
     * of the embeddings when their similarity is low or their names are apart, else the members naming the
     * story's latest year against the rest when the two differ ({@link YearSplit}).
     */
    private @Nullable List<List<Member>> halves(List<Member> members, int minimum) {
        List<List<Member>> halves = TwoMeans.split(members);
        if (halves.get(0).size() >= minimum && halves.get(1).size() >= minimum) {
            StoryState kept = part(halves.get(0));
            StoryState left = part(halves.get(1));
            if (similarity(kept, left) < config.splitThreshold() || names.apart(kept, left)) {
                return halves;
            }
        }
        List<List<Member>> dated = YearSplit.split(members, minimum);
        return dated != null && similarity(part(dated.get(0)), part(dated.get(1))) < YearSplit.DIFFERENT ? dated : null;
    }

    private static StoryState part(List<Member> members) {
        StoryState s = new StoryState(
                members.get(0).id(),
                members.get(0).seq(),
                members.get(0).embedding().length,
                members.get(0).published());
        members.forEach(s::add);
        return s;
    }
}
