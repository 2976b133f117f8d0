package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.cluster.Embedder;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.StoryPlacement;
import org.storyloom.nlp.Enricher;
import org.storyloom.nlp.Hashtags;
import org.storyloom.store.Store;

/**
 * Enriches stored articles (language, hashtags, entities, quotes) in batches, oldest first, and re-enriches the
 * ones an older stage version made. Hashtags are ranked by closeness to the article's stored story embedding when
 * it has one. An article whose enrichment fails is stored with an empty result, so it is not retried forever.
 */
public final class EnrichWorker {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichWorker.class);

    private final Store store;
    private final Enricher enricher;
    private final ArticleBodies bodies;
    private final @Nullable Embedder embedder;

    /** {@code embedder} embeds candidate tags to compare with the article's vector; null ranks without it. */
    public EnrichWorker(Store store, Enricher enricher, ArticleBodies bodies, @Nullable Embedder embedder) {
        this.store = store;
        this.enricher = enricher;
        this.bodies = bodies;
        this.embedder = embedder;
    }

    /** Enriches up to {@code limit} articles; returns how many. */
    public int runOnce(int limit) {
        List<Article> pending = store.articlesToEnrich(Enricher.VERSION, limit);
        List<Enrichment> done = new ArrayList<>(pending.size());
        for (Article a : pending) {
            done.add(enrich(a));
        }
        if (!done.isEmpty()) {
            store.saveEnrichments(done, Enricher.VERSION);
        }
        return done.size();
    }

    private Enrichment enrich(Article a) {
        String text = Optional.ofNullable(bodies.text(a)).orElse("");
        try {
            return enricher.enrich(a.id(), a.title(), text, closeness(a));
        } catch (RuntimeException e) {
            LOG.warn("enrichment failed article={} error={}", a.id(), e.toString());
            return new Enrichment(a.id(), "und", 0, List.of(), List.of(), List.of(), List.of());
        }
    }

    private Hashtags.@Nullable Closeness closeness(Article a) {
        Embedder model = embedder;
        if (model == null) {
            return null;
        }
        Optional<StoryPlacement> placement = store.placement(a.id());
        if (placement.isEmpty() || placement.get().embedding().length != model.dimensions()) {
            return null;
        }
        float[] article = placement.get().embedding();
        return phrases ->
                model.embed(phrases).stream().map(v -> dot(v, article)).toList();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
