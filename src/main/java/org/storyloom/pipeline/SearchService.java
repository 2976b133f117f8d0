package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.cluster.Embedder;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.search.RankFusion;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchIndex;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.SearchResults;
import org.storyloom.store.StoryStore;

/**
 * Search as the pages and the command line run it: hybrid ranking (BM25 and kNN over the stored MiniLM embeddings,
 * fused by reciprocal rank) when an embedder is at hand, BM25 alone when not; and the stories the best matching
 * articles belong to, each ranked by the fused ranks of its matching articles.
 */
public final class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    /** Matching articles looked at to find the matching stories. */
    static final int STORY_DEPTH = 50;

    /**
     * Vector neighbours below this cosine to the query are left out of the fusion: MiniLM puts unrelated news at
     * about 0 to 0.2 from a short query, related at 0.3 and above.
     */
    static final double MIN_COSINE = 0.3;

    private final SearchIndex index;
    private final StoryStore stories;
    private final @Nullable Embedder embedder;

    /** {@code embedder} null: BM25 alone. */
    public SearchService(SearchIndex index, StoryStore stories, @Nullable Embedder embedder) {
        this.index = index;
        this.stories = stories;
        this.embedder = embedder;
    }

    /** A story some matching articles belong to. */
    public record StoryMatch(StorySummary story, int matchingArticles) {}

    /**
     * One page of results.
     *
     * @param stories the matching stories, best first; only on the first page (offset 0)
     * @param hybrid true when vectors took part in the ranking
     */
    public record Found(SearchResults articles, List<StoryMatch> stories, boolean hybrid) {

        public Found {
            stories = List.copyOf(stories);
        }
    }

    /** True when queries are embedded (hybrid ranking); false when ranking is BM25 alone. */
    public boolean hybrid() {
        return embedder != null;
    }

    /** Runs {@code query}; lists up to {@code storyLimit} matching stories when the query asks for its first page. */
    public Found find(SearchQuery query, int storyLimit) {
        float @Nullable [] vector = embed(query.text());
        boolean first = query.offset() == 0 && storyLimit > 0;
        int depth = first ? Math.max(STORY_DEPTH, query.limit()) : query.limit();
        SearchQuery asked = query.withPage(query.offset(), first ? depth : query.limit());
        SearchResults found = vector == null ? index.search(asked) : index.hybrid(asked, vector, MIN_COSINE);
        List<SearchHit> hits = found.hits();
        SearchResults page = new SearchResults(found.total(), hits.subList(0, Math.min(hits.size(), query.limit())));
        List<StoryMatch> matches = first ? storiesOf(hits, storyLimit) : List.of();
        return new Found(page, matches, vector != null);
    }

    private List<StoryMatch> storiesOf(List<SearchHit> hits, int limit) {
        Map<Long, double[]> scores = new LinkedHashMap<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            Optional<StoryPlacement> placed = stories.placement(hits.get(rank).articleId());
            if (placed.isPresent()) {
                double[] s = scores.computeIfAbsent(placed.get().storyId(), id -> new double[2]);
                s[0] += 1.0 / (RankFusion.K + rank + 1);
                s[1]++;
            }
        }
        List<Map.Entry<Long, double[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        List<StoryMatch> out = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : ranked) {
            if (out.size() >= limit) {
                break;
            }
            stories.findStory(e.getKey()).ifPresent(s -> out.add(new StoryMatch(s, (int) e.getValue()[1])));
        }
        return out;
    }

    private float @Nullable [] embed(String query) {
        Embedder e = embedder;
        String words = meaningOf(query);
        if (e == null || words.isBlank()) {
            return null;
        }
        try {
            return e.embed(List.of(words)).getFirst();
        } catch (RuntimeException ex) {
            LOG.warn("search query embedding failed, ranking by BM25 alone error={}", ex.toString());
            return null;
        }
    }

    /** The words a query is about: quotes and prefix stars dropped, excluded ({@code -word}) words left out. */
    static String meaningOf(String query) {
        StringBuilder out = new StringBuilder();
        for (String word : query.replace('"', ' ').split("\\s+")) {
            if (word.isEmpty() || word.startsWith("-")) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(word.replace("*", ""));
        }
        return out.toString().strip();
    }
}
