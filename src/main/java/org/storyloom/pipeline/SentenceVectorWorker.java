package org.storyloom.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;
import org.storyloom.summary.SentenceEmbedder;
import org.storyloom.summary.StorySentence;
import org.storyloom.summary.StorySentences;

/**
 * Makes the sentence vectors that readers' questions need before anyone asks, so a story's first question embeds
 * only itself. Each pass takes the stories updated within the window whose current version lacks some (newest
 * first), embeds the sentences of their articles that have no stored vector yet (a wire copy's sentences already
 * have theirs) and stores them, at most {@code budget} sentences a pass so it never crowds out ingest. A story
 * left half done is taken up again by the next pass; one made complete gets its question index prepared in
 * {@link StoryAnswers}, as do the newest stories at the first pass after a start. Vectors older than twice the
 * window are pruned.
 */
public final class SentenceVectorWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceVectorWorker.class);
    private static final int STORIES_PER_QUERY = 16;
    private static final int BATCH = 32;
    private static final int WARM_STORIES = 32;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final Store store;
    private final StoryTexts texts;
    private final StorySentences sentences;
    private final SentenceEmbedder embedder;
    private final Duration window;
    private final InstantSource clock;
    private final StoryAnswers answers;
    private Instant pruned = Instant.MIN;
    private boolean warmed;

    /**
     * {@code window}: how recently a story must have changed to get vectors ahead of questions; {@code answers}:
     * where each story whose vectors are complete gets its index prepared.
     */
    public SentenceVectorWorker(
            Store store,
            ArticleBodies bodies,
            StorySentences sentences,
            SentenceEmbedder embedder,
            StoryAnswers answers,
            Duration window,
            InstantSource clock) {
        this.store = store;
        this.texts = new StoryTexts(store, bodies);
        this.sentences = sentences;
        this.embedder = embedder;
        this.window = window;
        this.clock = clock;
        this.answers = answers;
    }

    /** Embeds and stores up to {@code budget} sentences of the stories that lack them; returns how many. */
    public int runOnce(int budget) {
        Instant now = clock.instant();
        prune(now);
        if (!warmed) {
            warmed = true; // after a restart, the newest stories' indexes are ready again before their questions
            store.latestStories(WARM_STORIES, 0).reversed().stream() // oldest first: the newest stay if room is short
                    .filter(story -> story.lastUpdated().isAfter(now.minus(window)))
                    .forEach(answers::prepare);
        }
        int embedded = 0;
        for (StorySummary story : store.storiesToVectorize(now.minus(window), STORIES_PER_QUERY)) {
            if (embedded >= budget) {
                break;
            }
            try {
                embedded += fill(story, budget - embedded, now);
            } catch (RuntimeException e) {
                LOG.warn("sentence vectors failed story={} error={}", story.id(), e.toString());
                store.markStoryVectorized(story); // not retried until the story changes; questions embed instead
            }
        }
        return embedded;
    }

    /** Embeds up to {@code budget} of the story's missing sentences; marks the story when none is left missing. */
    private int fill(StorySummary story, int budget, Instant now) {
        Map<Long, String> wanted = new LinkedHashMap<>();
        List<List<StorySentence>> split = sentences.of(texts.articles(story.id()));
        for (List<StorySentence> article : split) {
            for (StorySentence sentence : article) {
                wanted.putIfAbsent(SentenceVectors.key(sentence.text()), sentence.text());
            }
        }
        wanted.keySet().removeAll(store.sentenceVectors(wanted.keySet()).keySet());
        List<Map.Entry<Long, String>> missing = new ArrayList<>(wanted.entrySet());
        int done = Math.min(budget, missing.size());
        for (int from = 0; from < done; from += BATCH) {
            List<Map.Entry<Long, String>> batch = missing.subList(from, Math.min(done, from + BATCH));
            List<float[]> vectors =
                    embedder.embed(batch.stream().map(Map.Entry::getValue).toList());
            Map<Long, byte[]> encoded = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                encoded.put(batch.get(i).getKey(), SentenceVectors.encode(vectors.get(i)));
            }
            store.saveSentenceVectors(encoded, now);
        }
        if (done == missing.size()) {
            store.markStoryVectorized(story);
            answers.prepare(story, split); // the same split the questions would make
        }
        return done;
    }

    private void prune(Instant now) {
        if (pruned.plus(PRUNE_EVERY).isAfter(now)) {
            return;
        }
        pruned = now;
        int gone = store.pruneSentenceVectors(now.minus(window.multipliedBy(2)));
        if (gone > 0) {
            LOG.info("sentence vectors pruned count={}", gone);
        }
    }
}
