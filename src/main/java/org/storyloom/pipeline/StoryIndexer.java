package org.storyloom.pipeline;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.cluster.Story;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryEvent;
import org.storyloom.cluster.StoryStage;
import org.storyloom.model.Article;
import org.storyloom.model.Source;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;

/**
 * Places stored articles in stories as they arrive (dedup, embedding, online clustering) and keeps the store's
 * story rows in step with the clusterer, merges and splits included. After a restart, {@link #warmUp} replays the
 * window of active stories from the stored embeddings, so new articles keep joining the stories they belong to.
 */
public final class StoryIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(StoryIndexer.class);
    private static final int PAGE = 500;
    private static final int BATCH = 64;

    private final Store store;
    private final StoryStage stage;
    private final StoryClusterer clusterer;
    private final ArticleBodies bodies;
    private final InstantSource clock;
    private final Duration window;
    private final ArticleChanges changes;
    private final Map<Long, String> sourceNames = new HashMap<>();

    public StoryIndexer(
            Store store,
            StoryStage stage,
            StoryClusterer clusterer,
            ArticleBodies bodies,
            InstantSource clock,
            Duration window,
            ArticleChanges changes) {
        this.changes = changes;
        this.store = store;
        this.stage = stage;
        this.clusterer = clusterer;
        this.bodies = bodies;
        this.clock = clock;
        this.window = window;
    }

    /** Rebuilds the in-memory window from stored placements; returns how many articles were replayed. */
    public synchronized int warmUp() {
        int replayed = 0;
        long after = 0;
        while (true) {
            List<Article> page = store.placedArticlesSince(clock.instant().minus(window), PAGE, after);
            if (page.isEmpty()) {
                return replayed;
            }
            List<StoryStage.Incoming> incoming = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (Article a : page) {
                Optional<StoryPlacement> p = store.placement(a.id());
                if (p.isPresent() && p.get().embedding().length > 0) {
                    incoming.add(incoming(a));
                    vectors.add(p.get().embedding());
                }
            }
            persist(stage.place(incoming, vectors));
            replayed += incoming.size();
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Places up to {@code limit} articles not yet in a story, in batches of {@link #BATCH} whose embedding overlaps
     * with placing and storing the batch before; returns how many.
     */
    public synchronized int runOnce(int limit) {
        List<Article> pending = store.articlesWithoutStory(limit);
        if (pending.isEmpty()) {
            return 0;
        }
        List<List<StoryStage.Incoming>> batches = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += BATCH) {
            batches.add(pending.subList(from, Math.min(pending.size(), from + BATCH)).stream()
                    .map(this::incoming)
                    .toList());
        }
        stage.processAll(batches, this::persist);
        return pending.size();
    }

    /** Places every article not yet in a story, {@code limit} at a time; returns how many. */
    public int drain(int limit) {
        int total = 0;
        int placed;
        do {
            placed = runOnce(limit);
            total += placed;
        } while (placed == limit);
        return total;
    }

    /** Runs the merge/split pass and stores what it changed. */
    public synchronized int maintain() {
        List<StoryEvent> events = stage.maintain();
        persist(new StoryStage.Batch(List.of(), events));
        return events.size();
    }

    private void persist(StoryStage.Batch batch) {
        List<StoryPlacement> placements = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (StoryStage.Outcome o : batch.outcomes()) {
            String story = clusterer.storyOf(o.articleId()).orElse(o.placement().storyId());
            placements.add(new StoryPlacement(
                    Long.parseLong(o.articleId()),
                    Long.parseLong(story),
                    Long.parseLong(o.copy().copyGroup()),
                    o.embedding()));
            touched.add(story);
        }
        for (StoryEvent e : batch.events()) {
            String into = e.into();
            touched.add(e.from());
            touched.add(into);
            for (String id : e.articleIds()) {
                store.placement(Long.parseLong(id))
                        .ifPresent(p -> placements.add(
                                new StoryPlacement(p.articleId(), Long.parseLong(into), p.copyGroup(), p.embedding())));
            }
        }
        List<StorySummary> snapshots = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (String id : touched) {
            Optional<Story> s = clusterer.story(id);
            if (s.isPresent()) {
                snapshots.add(summary(s.get()));
            } else {
                gone.add(Long.parseLong(id));
            }
        }
        store.saveStories(placements, snapshots, gone);
        // the index takes each article's embedding once it is placed (hybrid search and kNN)
        changes.changed(
                placements.stream().map(StoryPlacement::articleId).distinct().toList());
        if (!batch.events().isEmpty()) {
            LOG.info("stories maintained events={}", batch.events().size());
        }
    }

    private StoryStage.Incoming incoming(Article a) {
        String text = bodies.text(a);
        return new StoryStage.Incoming(
                Long.toString(a.id()),
                a.title(),
                text == null ? (a.summary() == null ? "" : a.summary()) : text,
                a.published() != null ? a.published() : a.fetchedAt(),
                sourceName(a.sourceId()),
                a.url());
    }

    private String sourceName(long sourceId) {
        return sourceNames.computeIfAbsent(
                sourceId, id -> store.findSource(id).map(Source::name).orElse("source " + id));
    }

    private static StorySummary summary(Story s) {
        return new StorySummary(
                Long.parseLong(s.id()),
                s.headline(),
                Long.parseLong(s.leadArticle()),
                s.firstSeen(),
                s.lastUpdated(),
                s.articleCount(),
                s.sourceCount());
    }
}
