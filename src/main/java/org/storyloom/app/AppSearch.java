package org.storyloom.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.pipeline.SearchService;
import org.storyloom.search.SearchFilter;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchIndex;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/**
 * Search as the command line sees it: plain values in, plain lines out (the cli package never sees search types).
 * Opens the index read-only, so it runs while {@code storyloom serve} holds the index, and embeds the query with
 * the app's model for hybrid ranking (BM25 alone when the model cannot be loaded or vectors are turned off).
 */
public final class AppSearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppSearch.class);
    private static final int STORIES = 5;

    private final SqliteStore store;
    private final SearchIndex index;
    private final @Nullable OnnxEmbedder model;
    private final SearchService service;
    private final String ranking;

    private AppSearch(SqliteStore store, SearchIndex index, @Nullable OnnxEmbedder model, String ranking) {
        this.store = store;
        this.index = index;
        this.model = model;
        this.service = new SearchService(index, store, model);
        this.ranking = ranking;
    }

    /** Opens the data folder for searching; {@code vectors} false skips loading the model (BM25 alone). */
    public static AppSearch open(AppConfig config, boolean vectors) {
        SqliteStore store = new SqliteStore(SqliteConfig.at(config.storeFile()));
        SearchIndex index;
        try {
            index = LuceneIndex.openReadOnly(config.dataDir().resolve("search.lucene"));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (!vectors) {
            return new AppSearch(store, index, null, "BM25 only: vectors turned off");
        }
        try {
            return new AppSearch(store, index, new OnnxEmbedder(1, 1, 128), "hybrid: BM25 + vectors");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("embedding model unavailable, searching by BM25 alone error={}", e.toString());
            return new AppSearch(store, index, null, "BM25 only: the embedding model is unavailable");
        }
    }

    /**
     * A search from the command line.
     *
     * @param from first day (UTC) included; null for no bound
     * @param to last day (UTC) included; null for no bound
     */
    public record Request(
            String text,
            List<Long> sources,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String language,
            int limit) {

        public Request {
            sources = List.copyOf(sources);
        }
    }

    /** One hit; {@code title} and {@code snippet} have matches between {@code open} and {@code close}. */
    public record Line(
            long id, @Nullable Instant published, long sourceId, String source, String title, String snippet) {}

    /** One matching story: {@code matching} of the best matching articles are in it. */
    public record StoryLine(
            long id, String headline, int sources, int articles, int matching, Instant newest, String link) {}

    /**
     * How many articles matched, the stories of the best ones, the first article lines, and how they were ranked.
     */
    public record Output(long total, List<StoryLine> stories, List<Line> lines, String ranking) {

        public Output {
            stories = List.copyOf(stories);
            lines = List.copyOf(lines);
        }
    }

    /** Runs the search; matched words are wrapped in {@code open} and {@code close}. */
    public Output search(Request r, String open, String close) {
        Instant start =
                r.from() == null ? null : r.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = r.to() == null
                ? null
                : r.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        SearchFilter filter = SearchFilter.none()
                .withSources(new HashSet<>(r.sources()))
                .withRange(start, end)
                .withLanguage(r.language());
        SearchService.Found found =
                service.find(SearchQuery.of(r.text()).withFilter(filter).withPage(0, r.limit()), STORIES);
        List<Line> lines =
                found.articles().hits().stream().map(h -> line(h, open, close)).toList();
        List<StoryLine> stories = found.stories().stream()
                .map(m -> new StoryLine(
                        m.story().id(),
                        m.story().headline(),
                        m.story().sourceCount(),
                        m.story().articleCount(),
                        m.matchingArticles(),
                        m.story().lastUpdated(),
                        "/stories/" + m.story().id()))
                .toList();
        String how = found.hybrid() || model == null ? ranking : "BM25 only: the query has no words to embed";
        return new Output(found.articles().total(), stories, lines, how);
    }

    private static Line line(SearchHit h, String open, String close) {
        return new Line(
                h.articleId(),
                h.published(),
                h.sourceId(),
                h.sourceName(),
                h.title().marked(open, close),
                h.snippet().marked(open, close));
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
        }
        index.close();
        store.close();
    }
}
