package org.storyloom.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.storyloom.app.App;
import org.storyloom.app.AppSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyloom search}: full-text search over the stored articles, one hit per line. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the articles: every word must match in the title or the text;"
                + " \"quotes\" for a phrase, -word to exclude, word* for a prefix.")
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

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("search: --limit must be 1..1000");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("search: --to is before --from");
        }
        AppSearch.Request request = new AppSearch.Request(String.join(" ", words), sources, from, to, lang, limit);
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            AppSearch.Output out =
                    json ? app.search().search(request, "", "") : app.search().search(request, "*", "*");
            JsonMapper mapper = JsonMapper.builder().build();
            for (AppSearch.Line line : out.lines()) {
                System.out.println(json ? mapper.writeValueAsString(node(mapper, line)) : text(line));
            }
            System.err.println(
                    "search: " + out.total() + " matching, " + out.lines().size() + " shown");
            return 0;
        }
    }

    private static String text(AppSearch.Line l) {
        String date = l.published() == null ? "-" : l.published().toString().substring(0, 10);
        return l.id() + "\t" + date + "\t" + l.source() + "\t" + l.title() + "\t" + oneLine(l.snippet());
    }

    private static ObjectNode node(JsonMapper mapper, AppSearch.Line l) {
        return mapper.createObjectNode()
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
