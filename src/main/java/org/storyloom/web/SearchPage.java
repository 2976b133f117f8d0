package org.storyloom.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.storyloom.pipeline.SearchService;
import org.storyloom.search.SearchFilter;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.SearchResults;
import org.storyloom.web.view.SearchRow;
import org.storyloom.web.view.SearchStoryRow;
import org.storyloom.web.view.SearchView;

/**
 * {@code GET /search?q=&source=&from=&to=&lang=&page=}: the stories the best matches belong to, then the matching
 * articles, best first (hybrid BM25 + vector ranking when the model is loaded), with marked snippets.
 */
final class SearchPage {

    static final int PER_PAGE = 20;
    static final int STORIES = 5;
    private static final int MAX_PAGE = 50;
    private static final int MAX_QUERY = 500;

    private final SearchService search;
    private final RelativeTime time;
    private final Templates templates;

    SearchPage(SearchService search, RelativeTime time, Templates templates) {
        this.search = search;
        this.time = time;
        this.templates = templates;
    }

    void show(Context ctx) {
        String q = param(ctx, "q");
        String source = param(ctx, "source");
        String from = param(ctx, "from");
        String to = param(ctx, "to");
        String lang = param(ctx, "lang");
        int page = Params.page(ctx, MAX_PAGE);
        if (q.length() > MAX_QUERY) {
            throw new BadRequestResponse("The search is too long: at most " + MAX_QUERY + " characters.");
        }
        if (!lang.isEmpty() && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            throw new BadRequestResponse("The language must be a code such as en or pt-BR.");
        }
        Instant start = from.isEmpty()
                ? null
                : day(from, "from").atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.isEmpty()
                ? null
                : day(to, "to").plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequestResponse("The date range must end on or after the day it starts.");
        }
        SearchFilter filter = SearchFilter.none()
                .withSources(source.isEmpty() ? Set.of() : Set.of(sourceId(source)))
                .withRange(start, end)
                .withLanguage(lang.isEmpty() ? null : lang);
        boolean searched = !q.isBlank();
        SearchService.Found found = searched
                ? search.find(SearchQuery.of(q).withFilter(filter).withPage((page - 1) * PER_PAGE, PER_PAGE), STORIES)
                : new SearchService.Found(SearchResults.empty(), List.of(), false);
        SearchResults results = found.articles();
        List<SearchStoryRow> stories = found.stories().stream()
                .map(m -> new SearchStoryRow(
                        m.story().id(),
                        m.story().headline(),
                        m.story().sourceCount(),
                        m.story().articleCount(),
                        m.matchingArticles(),
                        time.view(m.story().lastUpdated())))
                .toList();
        List<SearchRow> rows = results.hits().stream()
                .map(h -> new SearchRow(
                        h.articleId(),
                        h.title().parts(),
                        h.sourceId(),
                        h.sourceName(),
                        time.viewOrNull(h.published()),
                        h.snippet().parts()))
                .toList();
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("q", q);
        asked.put("source", source);
        asked.put("from", from);
        asked.put("to", to);
        asked.put("lang", lang);
        boolean more = (long) page * PER_PAGE < results.total() && page < MAX_PAGE;
        templates.render(
                ctx,
                "search.jte",
                new SearchView(
                        q,
                        source,
                        from,
                        to,
                        lang,
                        searched,
                        results.total(),
                        stories,
                        rows,
                        page > 1 ? link(asked, page - 1) : null,
                        more ? link(asked, page + 1) : null));
    }

    private static String param(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null ? "" : raw.strip();
    }

    private static LocalDate day(String raw, String name) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("The " + name + " date must look like 2026-10-31.");
        }
    }

    private static long sourceId(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw new BadRequestResponse("The source must be a source's id, a positive number.");
    }

    private static @Nullable String link(Map<String, String> asked, int page) {
        String query = asked.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/search?" + query + "&page=" + page;
    }
}
