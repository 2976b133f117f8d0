package org.storyloom.dedup;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.text.MinHash;
import org.storyloom.text.Shingles;
import org.storyloom.text.Tokens;

/**
 * Incremental duplicate detection: each article is checked against the articles the index holds, then added.
 * The index keeps articles of the last {@link DedupConfig#window()} (relative to the newest time seen, so
 * out-of-order arrivals are fine) and at most {@link DedupConfig#maxEntries()} of them. Thread-safe.
 */
public final class Deduplicator {

    private final DedupConfig config;
    private final MinHash minHash;
    private final Map<String, Entry> byUrl = new HashMap<>();
    private final Map<Long, Entry> byContent = new HashMap<>();
    private final Map<Long, List<Entry>> byBand = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();
    private @Nullable Instant newest;

    public Deduplicator(DedupConfig config) {
        this.config = config;
        this.minHash = new MinHash(config.bands(), config.rows(), 0x5eed_c0de_2024L);
    }

    /** Checks {@code article} against the index and adds it; the result names its copy group. */
    public synchronized DedupResult check(DedupInput article) {
        advance(article.published());
        Optional<String> urlKey = article.url() == null ? Optional.empty() : UrlKey.of(article.url());
        List<String> words = Tokens.lowerWords(article.text().isBlank() ? article.title() : article.text());
        long content = ContentHash.of(words);
        boolean enoughText = words.size() >= config.minWords();
        long[] signature = enoughText ? minHash.signature(Shingles.of(words, config.shingleWords())) : new long[0];

        DedupResult result = match(article.id(), urlKey, content, enoughText, signature);
        Entry entry = new Entry(
                article.id(), result.copyGroup(), article.published(), urlKey.orElse(null), content, signature);
        add(entry);
        return result;
    }

    /** The number of articles the index holds now. */
    public synchronized int size() {
        return order.size();
    }

    private DedupResult match(String id, Optional<String> urlKey, long content, boolean enoughText, long[] signature) {
        if (urlKey.isPresent()) {
            Entry same = byUrl.get(urlKey.get());
            if (same != null) {
                return new DedupResult.ExactCopy(id, same.id, same.group, DedupResult.Match.URL);
            }
        }
        if (enoughText) {
            Entry same = byContent.get(content);
            if (same != null) {
                return new DedupResult.ExactCopy(id, same.id, same.group, DedupResult.Match.CONTENT);
            }
            Entry best = null;
            double bestSimilarity = 0;
            for (int band = 0; band < minHash.bands(); band++) {
                List<Entry> bucket = byBand.get(minHash.bandKey(signature, band));
                if (bucket == null) {
                    continue;
                }
                for (Entry candidate : bucket) {
                    double similarity = MinHash.similarity(signature, candidate.signature);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = candidate;
                    }
                }
            }
            if (best != null && bestSimilarity >= config.threshold()) {
                return new DedupResult.NearCopy(id, best.id, best.group, bestSimilarity);
            }
        }
        return new DedupResult.Unique(id);
    }

    private void add(Entry entry) {
        order.addLast(entry);
        if (entry.urlKey != null) {
            byUrl.putIfAbsent(entry.urlKey, entry);
        }
        if (entry.signature.length > 0) {
            byContent.putIfAbsent(entry.content, entry);
            for (int band = 0; band < minHash.bands(); band++) {
                List<Entry> bucket =
                        byBand.computeIfAbsent(minHash.bandKey(entry.signature, band), k -> new ArrayList<>(2));
                if (bucket.size() < MAX_BUCKET) {
                    bucket.add(entry);
                }
            }
        }
        while (order.size() > config.maxEntries()) {
            remove(order.removeFirst());
        }
    }

    /** A band bucket holds at most this many articles: a burst of identical copies must not make checks slow. */
    private static final int MAX_BUCKET = 64;

    private void advance(Instant published) {
        if (newest == null || published.isAfter(newest)) {
            newest = published;
        }
        Instant cutoff = newest.minus(config.window());
        while (!order.isEmpty() && order.peekFirst().published.isBefore(cutoff)) {
            remove(order.removeFirst());
        }
    }

    private void remove(Entry entry) {
        if (entry.urlKey != null) {
            byUrl.remove(entry.urlKey, entry);
        }
        if (entry.signature.length > 0) {
            byContent.remove(entry.content, entry);
            for (int band = 0; band < minHash.bands(); band++) {
                long key = minHash.bandKey(entry.signature, band);
                List<Entry> bucket = byBand.get(key);
                if (bucket != null) {
                    bucket.remove(entry);
                    if (bucket.isEmpty()) {
                        byBand.remove(key);
                    }
                }
            }
        }
    }

    private record Entry(
            String id,
            String group,
            Instant published,
            @Nullable String urlKey,
            long content,
            long[] signature) {}
}
