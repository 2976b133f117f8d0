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
    private final DigestCodec codec = new DigestCodec();

    public DigestWorker(Store store, Digester digester, ArticleBodies bodies, InstantSource clock) {
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
            return digester.digest(loaded.articles(), loaded.quotes());
        } catch (RuntimeException e) {
            LOG.warn("story summary failed story={} error={}", story.id(), e.toString());
            return Digester.empty();
        }
    }
}
