package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.model.Article;
import org.storyloom.model.Source;
import org.storyloom.model.StoryPlacement;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.SearchIndex;
import org.storyloom.store.Store;
import org.storyloom.text.HtmlText;

/**
 * Keeps the search index in step with the store: indexes articles by id as they are stored or their page text
 * arrives (title plus the text a reader sees, without learned boilerplate), and rebuilds the whole index from the
 * store in pages. Indexing failures are logged and skipped, never passed on: the store stays the truth and
 * {@link #reindexAll} repairs the index.
 */
public final class SearchIndexer implements ArticleChanges {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int PAGE = 200;

    private static final int VECTOR_DIMENSIONS = 384;

    private final Store store;
    private final ArticleBodies bodies;
    private final SearchIndex index;

    public SearchIndexer(Store store, ArticleBodies bodies, SearchIndex index) {
        this.store = store;
        this.bodies = bodies;
        this.index = index;
    }

    /** What a rebuild did. */
    public record Reindexed(long articles, long failed) {}

    @Override
    public void changed(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        try {
            List<IndexedArticle> docs = new ArrayList<>(articleIds.size());
            Map<Long, String> names = new HashMap<>();
            for (long id : articleIds) {
                Optional<Article> a = store.findArticle(id);
                if (a.isPresent()) {
                    docs.add(toIndexed(a.get(), names));
                }
            }
            index.upsert(docs);
        } catch (RuntimeException e) {
            LOG.warn("search indexing failed articles={} error={}", articleIds.size(), e.toString());
        }
    }

    /**
     * Indexes every stored article again, a page at a time, over the old documents (searches keep finding them
     * meanwhile), then removes the documents of articles no longer stored.
     */
    public Reindexed reindexAll(Subscriptions.Progress progress) {
        long total = store.countArticles();
        int shownTotal = (int) Math.min(Integer.MAX_VALUE, total);
        long[] seen = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, total))];
        int seenCount = 0;
        Map<Long, String> names = new HashMap<>();
        long done = 0;
        long failed = 0;
        long after = 0;
        progress.update(0, shownTotal);
        while (true) {
            List<Article> page = store.articlesAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<IndexedArticle> docs = new ArrayList<>(page.size());
            for (Article a : page) {
                docs.add(toIndexed(a, names));
                if (seenCount == seen.length) {
                    seen = Arrays.copyOf(seen, seen.length * 2);
                }
                seen[seenCount++] = a.id();
            }
            try {
                index.upsert(docs);
            } catch (RuntimeException e) {
                LOG.warn("search reindex page failed after={} error={}", after, e.toString());
                failed += page.size();
            }
            after = page.getLast().id();
            done += page.size();
            progress.update(
                    (int) Math.min(done, shownTotal), Math.max(shownTotal, (int) Math.min(done, Integer.MAX_VALUE)));
        }
        long[] kept = seen;
        int keptCount = seenCount;
        // ids come in ascending order, so a binary search tells stored from gone
        index.deleteExcept(id -> Arrays.binarySearch(kept, 0, keptCount, id) >= 0);
        progress.update((int) done, (int) done);
        return new Reindexed(done - failed, failed);
    }

    /** The article's stored embedding (from story placement), when it has one of the index's size. */
    private float @Nullable [] vector(long articleId) {
        return store.placement(articleId)
                .map(StoryPlacement::embedding)
                .filter(v -> v.length == VECTOR_DIMENSIONS)
                .orElse(null);
    }

    private IndexedArticle toIndexed(Article a, Map<Long, String> sourceNames) {
        String source = sourceNames.computeIfAbsent(
                a.sourceId(), id -> store.findSource(id).map(Source::name).orElse(""));
        String text = bodies.text(a);
        if (text == null || text.isBlank()) {
            String html = bodies.html(a);
            text = html == null ? "" : HtmlText.of(html);
        }
        return new IndexedArticle(
                a.id(),
                a.title(),
                text,
                a.sourceId(),
                source,
                a.published() != null ? a.published() : a.fetchedAt(),
                a.language(),
                vector(a.id()));
    }
}
