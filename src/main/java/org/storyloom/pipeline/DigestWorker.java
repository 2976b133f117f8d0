package org.storyloom.pipeline;

import java.time.InstantSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.model.StoredDigest;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;
import org.storyloom.summary.Digester;
import org.storyloom.summary.StoryDigest;
import org.storyloom.summary.llm.LlmRewrites;

/**
 * Keeps the stored digest of every story current: summarises the stories that changed since their digest was made
 * (newest first), so pages read results and never compute them. A story whose summary fails gets an empty digest
 * for that version, so it is not retried until it changes.
 */
public final class DigestWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DigestWorker.class);

    private final Store store;
    private final Digester digester;
    private final StoryTexts texts;
    private final InstantSource clock;
    private final LlmRewrites llm;
    private final DigestCodec codec = new DigestCodec();

    /** {@code llm} may reword each brief from its cited sentences ({@link LlmRewrites#off()} for none). */
    public DigestWorker(Store store, Digester digester, ArticleBodies bodies, LlmRewrites llm, InstantSource clock) {
        this.llm = llm;
        this.store = store;
        this.digester = digester;
        this.texts = new StoryTexts(store, bodies);
        this.clock = clock;
    }

    /** Summarises up to {@code limit} stale stories; returns how many. */
    public int runOnce(int limit) {
        List<StorySummary> stale = store.storiesToDigest(Digester.VERSION, limit);
        for (StorySummary story : stale) {
            store.saveDigest(new StoredDigest(
                    story.id(),
                    Digester.VERSION,
                    story.lastUpdated(),
                    story.articleCount(),
                    clock.instant(),
                    codec.write(digest(story))));
        }
        return stale.size();
    }

    private StoryDigest digest(StorySummary story) {
        StoryTexts.Loaded loaded = texts.load(story.id());
        try {
            StoryDigest digest = digester.digest(loaded.articles(), loaded.quotes());
            if (!llm.enabled() || digest.brief().isEmpty()) {
                return digest;
            }
            return llm.brief(String.valueOf(story.id()), story.lastUpdated().toEpochMilli(), digest.brief())
                    .filter(reworded -> !reworded.isEmpty())
                    .map(digest::withRewordedBrief)
                    .orElse(digest);
        } catch (RuntimeException e) {
            LOG.warn("story summary failed story={} error={}", story.id(), e.toString());
            return Digester.empty();
        }
    }
}
