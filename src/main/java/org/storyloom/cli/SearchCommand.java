package org.storyloom.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.storyloom.app.AppSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyloom search}: the matching stories, then the matching articles, one per line; hybrid ranking (BM25 and
 * the query's embedding); reads the index without locking it, so it runs beside {@code serve}.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the articles: every word must match in the title or the text, and articles near the"
                + " query's meaning rank in too (hybrid ranking); \"quotes\" for a phrase, -word to exclude, word*"
                + " for a prefix. Lists the matching stories first (lines starting with \"story\"). Works while"
                + " storyloom serve runs.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    List<String> words = new ArrayList<>();

    @Option(names = "--source", paramLabel = "ID", description = "Only this source (repeatable).")
    List<Long> sources = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day, e.g. 2026-10-01.")
    @Nullable
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day.")
    @Nullable
    LocalDate to;

    @Option(names = "--lang", paramLabel = "L", description = "Only this language, e.g. en.")
    @Nullable
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default 20).")
    int limit = 20;

    @Option(names = "--json", description = "One JSON object per line instead of text.")
    boolean json;

    @Option(
            names = "--bm25",
            description = "Rank by words alone (BM25): skips loading the embedding model, which takes a second.")
    boolean bm25;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("search: --limit must be 1..1000");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("search: --to is before --from");
        }
        AppSearch.Request request = new AppSearch.Request(String.join(" ", words), sources, from, to, lang, limit);
        try (AppSearch search = AppSearch.open(instance.toConfig(), !bm25)) {
            AppSearch.Output out = json ? search.search(request, "", "") : search.search(request, "*", "*");
            JsonMapper mapper = JsonMapper.builder().build();
            for (AppSearch.StoryLine story : out.stories()) {
                System.out.println(json ? mapper.writeValueAsString(node(mapper, story)) : text(story));
            }
            for (AppSearch.Line line : out.lines()) {
                System.out.println(json ? mapper.writeValueAsString(node(mapper, line)) : text(line));
            }
            System.err.println(
                    "search: " + out.total() + " matching, " + out.lines().size() + " shown, "
                            + out.stories().size() + (out.stories().size() == 1 ? " story" : " stories") + " ("
                            + out.ranking() + ")");
            return 0;
        }
    }

    private static String text(AppSearch.StoryLine s) {
        return "story " + s.id() + "\t" + s.newest().toString().substring(0, 10) + "\t" + s.sources() + " sources, "
                + s.matching() + " of " + s.articles() + " articles matching\t" + oneLine(s.headline()) + "\t"
                + s.link();
    }

    private static ObjectNode node(JsonMapper mapper, AppSearch.StoryLine s) {
        return mapper.createObjectNode()
                .put("type", "story")
                .put("id", s.id())
                .put("headline", s.headline())
                .put("sources", s.sources())
                .put("articles", s.articles())
                .put("matching", s.matching())
                .put("newest", s.newest().toString())
                .put("link", s.link());
    }

    private static String text(AppSearch.Line l) {
        String date = l.published() == null ? "-" : l.published().toString().substring(0, 10);
        return l.id() + "\t" + date + "\t" + l.source() + "\t" + l.title() + "\t" + oneLine(l.snippet());
    }

    private static ObjectNode node(JsonMapper mapper, AppSearch.Line l) {
        return mapper.createObjectNode()
                .put("type", "article")
                .put("id", l.id())
                .put("published", l.published() == null ? null : l.published().toString())
                .put("sourceId", l.sourceId())
                .put("source", l.source())
                .put("title", l.title())
                .put("snippet", l.snippet());
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}
