package org.storyloom.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Online story clustering. Each article joins the most similar active story, or starts one; similarity mixes
 * embedding cosine and key-term cosine with the story centroids, less a penalty for distance in time and one for
 * names that disagree ({@link NameEvidence}). Copies
 * (same copy group) follow their group. Stories not updated within the window leave the active set.
 * {@link #maintain()} merges stories that converged and splits ones that drifted. Deterministic for the same
 * input order; thread-safe (one writer at a time).
 */
public final class StoryClusterer {

    private final ClusterConfig config;
    private final int dimensions;
    private final TermVectorizer vectorizer;
    private final CandidateIndex index = new CandidateIndex();
    private final NameEvidence names = new NameEvidence();
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final Map<String, StoryState> byArticle = new HashMap<>();
    private final Map<String, StoryState> byCopyGroup = new HashMap<>();
    private final StoryMaintenance maintenance;
    private long seq;
    private @Nullable Instant newest;
    private @Nullable Instant lastExpiry;

    public StoryClusterer(ClusterConfig config, int dimensions) {
        this.config = config;
        this.dimensions = dimensions;
        this.vectorizer = new TermVectorizer(config.nameBoost(), config.leadWords());
        this.maintenance = new StoryMaintenance(config, index, names);
    }

    /** Places one article (an article already placed is left where it is). */
    public synchronized Placement add(ClusterArticle article) {
        StoryState known = byArticle.get(article.id());
        if (known != null) {
            return new Placement(article.id(), known.id, false, 1);
        }
        if (article.embedding().length != dimensions) {
            throw new IllegalArgumentException(
                    "cluster: embedding of " + article.embedding().length + " dimensions, expected " + dimensions);
        }
        expire(article.published());
        TermVector terms = vectorizer.learnAndVectorise(article.title(), article.text());
        Member member = new Member(
                article.id(),
                article.title(),
                article.published(),
                article.source(),
                article.copyGroup(),
                article.embedding(),
                terms,
                seq++,
                !article.text().isBlank(),
                EventYear.latest(article.title(), article.text(), article.published()));
        StoryState target = byCopyGroup.get(article.copyGroup());
        double similarity = 1;
        if (target == null) {
            Scored best = best(member);
            target = best.story();
            similarity = best.similarity();
        }
        boolean started = target == null;
        if (target == null) {
            target = new StoryState(article.id(), member.seq(), dimensions, article.published());
            stories.put(target.id, target);
            similarity = 0;
        }
        join(target, member);
        return new Placement(article.id(), target.id, started, similarity);
    }

    /** Merges converged stories and splits drifted ones; returns what changed, in order. */
    public synchronized List<StoryEvent> maintain() {
        List<StoryEvent> events = maintenance.run(stories);
        for (StoryState story : stories.values()) {
            for (Member m : story.members) {
                byArticle.put(m.id(), story);
                byCopyGroup.put(m.copyGroup(), story);
            }
        }
        return events;
    }

    /** The active story of an article; empty once its story left the window. */
    public synchronized Optional<String> storyOf(String articleId) {
        StoryState s = byArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.id);
    }

    /** A snapshot of an active story. */
    public synchronized Optional<Story> story(String storyId) {
        StoryState s = stories.get(storyId);
        return s == null ? Optional.empty() : Optional.of(Snapshots.story(s, vectorizer));
    }

    /** Snapshots of every active story, oldest first. */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories.values()) {
            out.add(Snapshots.story(s, vectorizer));
        }
        return out;
    }

    /** Runs a read-only look at the active stories under the clusterer's lock (related-article lookups). */
    synchronized <T> T read(Function<ActiveStories, T> reader) {
        return reader.apply(new ActiveStories(stories, byArticle, index, vectorizer, config));
    }

    private void join(StoryState target, Member member) {
        target.add(member);
        byArticle.put(member.id(), target);
        byCopyGroup.putIfAbsent(member.copyGroup(), target);
        int size = target.members.size();
        if (size < 4 || size >= target.indexedAtSize * 3 / 2 + 1 || target.indexedTerms.isEmpty()) {
            index.index(target, target.topTerms(config.storyTerms()));
            target.indexedAtSize = size;
        }
    }

    private Scored best(Member member) {
        TermVector terms = member.terms();
        List<StoryState> candidates = index.candidates(
                terms.terms(), terms.weights(), terms.top(config.candidateTerms()), config.maxCandidates());
        StoryState best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (StoryState story : candidates) {
            double score = similarity(member, story);
            if (score > bestScore || (score == bestScore && best != null && story.seq < best.seq)) {
                bestScore = score;
                best = story;
            }
        }
        return bestScore >= config.joinThreshold() ? new Scored(best, bestScore) : new Scored(null, 0);
    }

    double similarity(Member member, StoryState story) {
        double a = config.embeddingWeight();
        double cosine = a * story.embeddingCosine(member.embedding()) + (1 - a) * story.termCosine(member.terms());
        return cosine
                - timePenalty(member.published(), story.firstSeen, story.lastUpdated, config)
                - names.penalty(member, story);
    }

    static double timePenalty(Instant t, Instant from, Instant to, ClusterConfig config) {
        Duration gap =
                t.isBefore(from) ? Duration.between(t, from) : t.isAfter(to) ? Duration.between(to, t) : Duration.ZERO;
        double beyond = (gap.toSeconds() - config.timeGrace().toSeconds()) / 86_400.0;
        return beyond <= 0 ? 0 : beyond * config.timePenaltyPerDay();
    }

    private void expire(Instant time) {
        if (newest == null || time.isAfter(newest)) {
            newest = time;
        }
        if (lastExpiry != null
                && Duration.between(lastExpiry, newest)
                                .compareTo(config.window().dividedBy(48))
                        < 0) {
            return;
        }
        lastExpiry = newest;
        Instant cutoff = newest.minus(config.window());
        var it = stories.values().iterator();
        while (it.hasNext()) {
            StoryState s = it.next();
            if (s.lastUpdated.isBefore(cutoff)) {
                index.unindex(s);
                for (Member m : s.members) {
                    byArticle.remove(m.id(), s);
                    byCopyGroup.remove(m.copyGroup(), s);
                }
                it.remove();
            }
        }
    }

    private record Scored(@Nullable StoryState story, double similarity) {}
}
