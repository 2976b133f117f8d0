package org.storyloom.cluster;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.storyloom.dedup.DedupInput;
import org.storyloom.dedup.DedupResult;
import org.storyloom.dedup.Deduplicator;

/**
 * The stories stage as the pipeline and {@code storyloom cluster} both run it: for a batch of articles, embed
 * title plus lead in one call, then for each article in order find its copy group and place it in a story.
 * Every {@code maintainEvery} articles the periodic merge/split pass runs and its events are returned with the
 * batch. Articles without a publication time take the latest time seen (or the clock's when none was).
 */
public final class StoryStage {

    /** One article in: text, published, source and url may be missing. */
    public record Incoming(
            String id,
            String title,
            String text,
            @Nullable Instant published,
            @Nullable String source,
            @Nullable String url) {}

    /** What happened to one article: its copy group and its story, and its embedding to store. */
    public record Outcome(String articleId, DedupResult copy, Placement placement, float[] embedding) {}

    /** The outcomes of a batch, in input order, and the merge/split events the batch triggered. */
    public record Batch(List<Outcome> outcomes, List<StoryEvent> events) {}

    private static final int EMBEDDED_WORDS = 30;

    private final Deduplicator deduplicator;
    private final Embedder embedder;
    private final StoryClusterer clusterer;
    private final InstantSource clock;
    private final int maintainEvery;
    private @Nullable Instant latest;
    private long sinceMaintenance;

    public StoryStage(
            Deduplicator deduplicator,
            Embedder embedder,
            StoryClusterer clusterer,
            InstantSource clock,
            int maintainEvery) {
        this.deduplicator = deduplicator;
        this.embedder = embedder;
        this.clusterer = clusterer;
        this.clock = clock;
        this.maintainEvery = Math.max(1, maintainEvery);
    }

    /** Processes a batch in order; one writer at a time. */
    public synchronized Batch process(List<Incoming> batch) {
        List<float[]> vectors = embedder.embed(
                batch.stream().map(a -> embeddingText(a.title(), a.text())).toList());
        return place(batch, vectors);
    }

    /**
     * Processes batches in order like {@link #process} and hands each result to {@code sink} (on the calling
     * thread, in order), embedding batch k+1 on another thread while batch k is placed and sunk: the model and
     * the rest of the pipeline (placing, storing, indexing) then keep both cores busy.
     */
    public synchronized void processAll(Iterable<List<Incoming>> batches, Consumer<Batch> sink) {
        Iterator<List<Incoming>> it = batches.iterator();
        List<Incoming> batch = it.hasNext() ? it.next() : null;
        FutureTask<List<float[]>> vectors = batch == null ? null : embedLater(batch);
        while (batch != null) {
            List<Incoming> following = it.hasNext() ? it.next() : null;
            FutureTask<List<float[]>> followingVectors = following == null ? null : embedLater(following);
            sink.accept(place(batch, await(Objects.requireNonNull(vectors))));
            batch = following;
            vectors = followingVectors;
        }
    }

    private FutureTask<List<float[]>> embedLater(List<Incoming> batch) {
        FutureTask<List<float[]>> task = new FutureTask<>(() -> embedder.embed(
                batch.stream().map(a -> embeddingText(a.title(), a.text())).toList()));
        Thread.ofPlatform().daemon().name("story-embed").start(task);
        return task;
    }

    private static List<float[]> await(FutureTask<List<float[]>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cluster: interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("cluster: embedding failed", e.getCause());
        }
    }

    /**
     * Places articles whose embeddings are already known (computed once and stored), e.g. when the pipeline
     * rebuilds its window of active stories after a restart. Same path as {@link #process} after embedding.
     */
    public synchronized Batch place(List<Incoming> batch, List<float[]> vectors) {
        if (vectors.size() != batch.size()) {
            throw new IllegalArgumentException("cluster: one embedding per article is required");
        }
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<StoryEvent> events = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming a = batch.get(i);
            Instant published = timeOf(a.published());
            DedupResult copy = deduplicator.check(new DedupInput(a.id(), a.url(), a.title(), a.text(), published));
            ClusterArticle article = new ClusterArticle(
                    a.id(), a.title(), a.text(), published, a.source(), copy.copyGroup(), vectors.get(i));
            outcomes.add(new Outcome(a.id(), copy, clusterer.add(article), vectors.get(i)));
            if (++sinceMaintenance >= maintainEvery) {
                sinceMaintenance = 0;
                events.addAll(clusterer.maintain());
            }
        }
        return new Batch(List.copyOf(outcomes), List.copyOf(events));
    }

    /** Runs the merge/split pass now (the pipeline calls it on a timer; the CLI at the end of its input). */
    public synchronized List<StoryEvent> maintain() {
        sinceMaintenance = 0;
        return clusterer.maintain();
    }

    /** The text that is embedded: the title, then the first words of the body unless it repeats the title. */
    public static String embeddingText(String title, String text) {
        String body = text.strip();
        String head = title.strip();
        if (!head.isEmpty() && body.startsWith(head)) {
            body = body.substring(head.length()).strip();
        }
        String[] words = body.split("\\s+", EMBEDDED_WORDS + 1);
        String lead =
                String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, EMBEDDED_WORDS)));
        if (head.isEmpty()) {
            return lead;
        }
        return lead.isEmpty() ? head : head + ". " + lead;
    }

    private Instant timeOf(@Nullable Instant published) {
        if (published != null) {
            if (latest == null || published.isAfter(latest)) {
                latest = published;
            }
            return published;
        }
        return latest != null ? latest : clock.instant();
    }
}
