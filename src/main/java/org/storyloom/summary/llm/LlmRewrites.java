package org.storyloom.summary.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.summary.CitedSentence;

/**
 * What callers use: a brief or an answer rewritten by the model from cited evidence, or empty, in which case the
 * caller shows its local result. Empty when the model is off, today's budget is spent, the endpoint fails (then
 * it rests for a cool-down before it is asked again), or no sentence of the reply cites the evidence. Each story
 * version and task is asked at most once (results, empty ones included, are cached; concurrent callers share one
 * request).
 */
public final class LlmRewrites implements AutoCloseable {

    /** Rewrites kept in memory. */
    static final int CACHE_ENTRIES = 2_000;

    /** How long the endpoint rests after a failure (longer when a 429 asks for it, up to an hour). */
    static final Duration COOL_DOWN = Duration.ofMinutes(1);

    private static final Duration MAX_COOL_DOWN = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LlmRewrites.class);

    private final @Nullable ChatClient client;
    private final @Nullable CitedRewriter rewriter;
    private final InstantSource clock;
    private final RewriteCache cache = new RewriteCache(CACHE_ENTRIES);
    private final ConcurrentMap<RewriteCache.Key, CompletableFuture<List<CitedSentence>>> inFlight =
            new ConcurrentHashMap<>();
    private volatile Instant restUntil = Instant.MIN;

    public LlmRewrites(LlmConfig config, InstantSource clock) {
        this.clock = clock;
        if (config.enabled()) {
            this.client = new ChatClient(config);
            this.rewriter =
                    new CitedRewriter(client, new TokenBudget(config.dailyTokens(), clock), config.maxOutputTokens());
        } else {
            this.client = null;
            this.rewriter = null;
        }
    }

    /** Never asks anything. */
    public static LlmRewrites off() {
        return new LlmRewrites(LlmConfig.off(), InstantSource.system());
    }

    public boolean enabled() {
        return rewriter != null;
    }

    /** The story's brief written by the model from {@code evidence}, or empty. */
    public Optional<List<CitedSentence>> brief(String storyId, long version, List<CitedSentence> evidence) {
        return rewrite(storyId, version, RewriteTask.brief(), evidence);
    }

    /** The answer to {@code question} written by the model from {@code evidence}, or empty. */
    public Optional<List<CitedSentence>> answer(
            String storyId, long version, String question, List<CitedSentence> evidence) {
        if (question.isBlank()) {
            return Optional.empty();
        }
        return rewrite(storyId, version, RewriteTask.answer(question), evidence);
    }

    private Optional<List<CitedSentence>> rewrite(
            String storyId, long version, RewriteTask task, List<CitedSentence> evidence) {
        CitedRewriter model = rewriter;
        if (model == null || evidence.isEmpty()) {
            return Optional.empty();
        }
        RewriteCache.Key key = new RewriteCache.Key(storyId, version, task.key());
        Optional<List<CitedSentence>> cached = cache.get(key);
        if (cached.isPresent()) {
            return nonEmpty(cached.get());
        }
        if (clock.instant().isBefore(restUntil)) {
            return Optional.empty();
        }
        CompletableFuture<List<CitedSentence>> mine = new CompletableFuture<>();
        CompletableFuture<List<CitedSentence>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return nonEmpty(running.join()); // another caller asks right now: its request is bounded by the timeout
        }
        List<CitedSentence> result = List.of();
        try {
            result = ask(model, key, task, evidence);
        } finally {
            inFlight.remove(key, mine);
            mine.complete(result);
        }
        return nonEmpty(result);
    }

    private List<CitedSentence> ask(
            CitedRewriter model, RewriteCache.Key key, RewriteTask task, List<CitedSentence> evidence) {
        return switch (model.rewrite(task, evidence)) {
            case CitedRewriter.Outcome.Rewritten rewritten -> {
                cache.put(key, rewritten.sentences());
                if (rewritten.sentences().isEmpty()) {
                    LOG.info(
                            "llm: reply cited no evidence, local result kept story={} task={}",
                            key.storyId(),
                            kind(key));
                }
                yield rewritten.sentences();
            }
            case CitedRewriter.Outcome.OverBudget over -> {
                LOG.debug("llm: daily token budget spent needed={} remaining={}", over.needed(), over.remaining());
                yield List.of();
            }
            case CitedRewriter.Outcome.Failed failed -> {
                Duration rest = failed.retryAfter().compareTo(COOL_DOWN) > 0 ? failed.retryAfter() : COOL_DOWN;
                rest = rest.compareTo(MAX_COOL_DOWN) > 0 ? MAX_COOL_DOWN : rest;
                restUntil = clock.instant().plus(rest);
                LOG.warn("{} story={} resting={}s", failed.reason(), key.storyId(), rest.toSeconds());
                yield List.of();
            }
        };
    }

    private static String kind(RewriteCache.Key key) {
        return key.task().startsWith("answer:") ? "answer" : key.task();
    }

    private static Optional<List<CitedSentence>> nonEmpty(List<CitedSentence> sentences) {
        return sentences.isEmpty() ? Optional.empty() : Optional.of(sentences);
    }

    @Override
    public void close() {
        ChatClient open = client;
        if (open != null) {
            open.close();
        }
    }
}
