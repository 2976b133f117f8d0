package org.storyloom.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.storyloom.nlp.Attribution;
import org.storyloom.nlp.Nlp;
import org.storyloom.nlp.Quote;
import org.storyloom.nlp.QuoteExtractor;
import org.storyloom.nlp.QuoteFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyloom quotes}: direct quotes with their speakers, and attributions of reporting, in plain texts. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description = "Find quotes, their speakers and attributions in plain-text articles (UTF-8 *.txt).")
public final class QuotesCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "Read every *.txt file in this folder; the id is the name without .txt.")
    @Nullable
    Path dir;

    @Option(names = "--jsonl", description = "With --dir: write one line per text here.")
    @Nullable
    Path jsonl;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text files; one JSON line each on stdout.")
    List<Path> files = new ArrayList<>();

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() throws IOException {
        if (dir == null && files.isEmpty()) {
            throw new IllegalArgumentException("quotes: give FILE... or --dir DIR --jsonl OUT");
        }
        if (dir != null && jsonl == null) {
            throw new IllegalArgumentException("quotes: --dir needs --jsonl OUT");
        }
        QuoteExtractor extractor = new QuoteExtractor(Nlp.load());
        if (dir == null) {
            for (Path file : files) {
                System.out.println(line(extractor, file));
            }
            return 0;
        }
        List<Path> texts;
        try (Stream<Path> listing = Files.list(dir)) {
            texts = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        long start = System.nanoTime();
        int quotes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Path file : texts) {
                ObjectNode line = line(extractor, file);
                quotes += line.withArray("quotes").size();
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(
                Locale.ROOT,
                "quotes: %d texts, %d quotes in %.2f s (%.2f ms a text)%n",
                texts.size(),
                quotes,
                seconds,
                texts.isEmpty() ? 0.0 : seconds * 1000 / texts.size());
        return 0;
    }

    private ObjectNode line(QuoteExtractor extractor, Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        QuoteFindings found = extractor.find(Files.readString(file, StandardCharsets.UTF_8));
        ObjectNode line = json.createObjectNode().put("id", id);
        ArrayNode quotes = line.putArray("quotes");
        for (Quote q : found.quotes()) {
            quotes.addObject()
                    .put("speaker", q.speaker())
                    .put("mention", q.mention())
                    .put("text", q.text())
                    .put("cue", q.cue())
                    .put("sentence", q.sentence())
                    .put("start", q.start())
                    .put("end", q.end());
        }
        ArrayNode attributions = line.putArray("attributions");
        for (Attribution a : found.attributions()) {
            attributions
                    .addObject()
                    .put("reporter", a.reporter())
                    .put("via", a.via())
                    .put("cue", a.cue())
                    .put("sentence", a.sentence());
        }
        return line;
    }
}
