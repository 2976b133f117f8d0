package org.storyloom.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.SearchFilter;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchIndex;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.SearchResults;

/** Search as the command line sees it: plain values in, plain lines out (the cli package never sees search types). */
public final class AppSearch {

    private final SearchIndex index;

    AppSearch(SearchIndex index) {
        this.index = index;
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

    /** How many matched, and the first lines. */
    public record Output(long total, List<Line> lines) {

        public Output {
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
        SearchResults results =
                index.search(SearchQuery.of(r.text()).withFilter(filter).withPage(0, r.limit()));
        List<Line> lines =
                results.hits().stream().map(h -> line(h, open, close)).toList();
        return new Output(results.total(), lines);
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
}
