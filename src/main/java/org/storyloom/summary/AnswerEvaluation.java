package org.storyloom.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.nlp.Nlp;

/**
 * Scores {@link QuestionAnswerer} on a question set: {@code AnswerEvaluation QUESTIONS SHARED [--bm25] [--verbose]}.
 * The question file names each story ({@code @ multinews CLUSTER}: the articles {@code clusters.jsonl} lists;
 * {@code @ ecbplus STORY [N]}: the first N articles {@code gold.jsonl} puts in that story), read in place under
 * SHARED/corpora, then its questions: {@code A<TAB>question<TAB>anchor} for an answerable one, whose support must
 * hold the anchor phrase, and {@code U<TAB>question} for one the sources do not answer. Prints the share of
 * answerable questions answered with the anchor in the support, the share of unanswerable ones abstained, the
 * mean time per answer, and a last line {@code scores ...} for the gate. Embeddings come from all-MiniLM-L6-v2
 * (ONNX, in process) unless {@code --bm25} is given. {@code --verbose} lists each miss with how the sentences
 * holding the anchor fared and each story's suggested questions; {@code --dump FILE} writes every checked candidate's
 * figures (for choosing thresholds on the whole set, never per story).
 */
public final class AnswerEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerEvaluation() {}

    record Item(boolean answerable, String question, String anchor) {}

    record Story(String ref, List<SourceArticle> articles, List<Item> items) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AnswerEvaluation QUESTIONS SHARED [--bm25] [--verbose] [--dump FILE]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(2, args.length);
        boolean verbose = flags.contains("--verbose");
        List<Story> stories = read(Path.of(args[0]), Path.of(args[1], "corpora"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StorySentences splitter = new StorySentences(Nlp.load());
        OnnxEmbedder onnx = flags.contains("--bm25") ? null : new OnnxEmbedder(1, 16, 128);
        try {
            QuestionAnswerer answerer = new QuestionAnswerer(AnswerConfig.DEFAULTS, onnx == null ? null : onnx::embed);
            int d = flags.indexOf("--dump");
            PrintStream dump = d >= 0
                    ? new PrintStream(Files.newOutputStream(Path.of(flags.get(d + 1))), true, StandardCharsets.UTF_8)
                    : null;
            run(stories, splitter, answerer, out, verbose, onnx == null ? "bm25" : "bm25+minilm", dump);
        } finally {
            if (onnx != null) {
                onnx.close();
            }
        }
    }

    private static void run(
            List<Story> stories,
            StorySentences splitter,
            QuestionAnswerer answerer,
            PrintStream out,
            boolean verbose,
            String mode,
            @Nullable PrintStream dump) {
        int[] answerable = new int[3];
        int[] unanswerable = new int[2];
        long nanos = 0;
        int asked = 0;
        int suggestions = 0;
        for (Story story : stories) {
            AnswerIndex index = AnswerIndex.of(splitter.of(story.articles()));
            List<SuggestedQuestions.Suggestion> suggested = new SuggestedQuestions(answerer).suggest(index, 5);
            suggestions += suggested.size();
            if (verbose) {
                suggested.forEach(
                        q -> out.println("-- " + story.ref() + " suggests (" + q.kind() + ") " + q.question()));
            }
            for (Item item : story.items()) {
                long t0 = System.nanoTime();
                Answer answer = answerer.answer(index, item.question());
                nanos += System.nanoTime() - t0;
                asked++;
                boolean right = score(item, answer, answerable, unanswerable);
                if (dump != null) {
                    for (var c : answerer.candidates(index, item.question())) {
                        QuestionAnswerer.Check k = c.getValue();
                        dump.printf(
                                Locale.ROOT,
                                "%s\t%s\t%d\t%.4f\t%.4f\t%b\t%.4f\t%b\t%.4f%n",
                                story.ref(),
                                item.answerable() ? "A" : "U",
                                asked,
                                k.own(),
                                k.context(),
                                k.kind(),
                                k.similarity(),
                                item.answerable()
                                        && holdsAnchor(
                                                index.sentence(c.getKey()).text(), item.anchor()),
                                k.missing());
                    }
                }
                if (verbose && !right) {
                    out.println("== " + story.ref() + (item.answerable() ? " MISSED " : " GUESSED ") + item.question()
                            + (item.answerable() ? " [" + item.anchor() + "]" : ""));
                    if (answer instanceof Answer.Answered a) {
                        a.support().forEach(s -> out.println("   > " + s.text()));
                    }
                    if (item.answerable()) {
                        explainAnchor(index, answerer, item, out);
                    }
                }
            }
        }
        double answered = answerable[0] == 0 ? 1 : (double) answerable[1] / answerable[0];
        double anyAnswer = answerable[0] == 0 ? 1 : (double) answerable[2] / answerable[0];
        double abstained = unanswerable[0] == 0 ? 1 : (double) unanswerable[1] / unanswerable[0];
        out.printf(
                Locale.ROOT,
                "%d stories, %d answerable questions: %d answered with the anchor in the support (%d answered at"
                        + " all); %d unanswerable: %d abstained; %s, %.1f ms per answer (index built per story,"
                        + " not counted)%n",
                stories.size(),
                answerable[0],
                answerable[1],
                answerable[2],
                unanswerable[0],
                unanswerable[1],
                mode,
                nanos / 1e6 / Math.max(1, asked));
        out.printf(
                Locale.ROOT,
                "%d suggested questions, all answered (%.1f a story)%n",
                suggestions,
                (double) suggestions / Math.max(1, stories.size()));
        out.printf(
                Locale.ROOT, "scores answered=%.4f abstained=%.4f answered.any=%.4f%n", answered, abstained, anyAnswer);
    }

    /** Prints how the sentences that hold the anchor fared, for a missed question. */
    private static void explainAnchor(AnswerIndex index, QuestionAnswerer answerer, Item item, PrintStream out) {
        int shown = 0;
        for (int i = 0; i < index.size() && shown < 2; i++) {
            if (holdsAnchor(index.sentence(i).text(), item.anchor())) {
                out.println("   ? " + answerer.explain(index, item.question(), i) + " :: "
                        + index.sentence(i).text());
                shown++;
            }
        }
    }

    private static boolean holdsAnchor(String text, String anchors) {
        for (String anchor : anchors.split("\\|")) {
            if (normal(text).contains(normal(anchor))) {
                return true;
            }
        }
        return false;
    }

    /** Counts one outcome; true when it is right. */
    static boolean score(Item item, Answer answer, int[] answerable, int[] unanswerable) {
        if (!item.answerable()) {
            unanswerable[0]++;
            boolean abstained = answer instanceof Answer.NotInSources;
            unanswerable[1] += abstained ? 1 : 0;
            return abstained;
        }
        answerable[0]++;
        if (answer instanceof Answer.Answered a) {
            answerable[2]++;
            for (CitedSentence s : a.support()) {
                if (holdsAnchor(s.text(), item.anchor())) {
                    answerable[1]++;
                    return true;
                }
            }
        }
        return false;
    }

    private static String normal(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Reads the question file and the articles of its stories. */
    static List<Story> read(Path questions, Path corpora) throws IOException {
        List<Story> stories = new ArrayList<>();
        String ref = null;
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("@")) {
                if (ref != null) {
                    stories.add(new Story(ref, articles(ref, corpora), items));
                }
                ref = s.substring(1).strip();
                items = new ArrayList<>();
            } else {
                String[] parts = s.split("\t");
                boolean answerable = parts[0].equals("A");
                items.add(new Item(answerable, parts[1].strip(), answerable ? parts[2].strip() : ""));
            }
        }
        if (ref != null) {
            stories.add(new Story(ref, articles(ref, corpora), items));
        }
        return stories;
    }

    private static List<SourceArticle> articles(String ref, Path corpora) throws IOException {
        String[] parts = ref.split("\\s+");
        List<String> ids = new ArrayList<>();
        Path folder;
        if (parts[0].equals("multinews")) {
            folder = corpora.resolve("summaries/multinews");
            for (JsonNode n : lines(folder.resolve("clusters.jsonl"))) {
                if (n.path("cluster").asText().equals(parts[1])) {
                    n.path("articles").forEach(a -> ids.add(a.asText()));
                }
            }
        } else if (parts[0].equals("ecbplus")) {
            folder = corpora.resolve("clustering/ecbplus-odd");
            int limit = parts.length > 2 ? Integer.parseInt(parts[2]) : Integer.MAX_VALUE;
            for (JsonNode n : lines(folder.resolve("gold.jsonl"))) {
                if (n.path("story").asText().equals(parts[1]) && ids.size() < limit) {
                    ids.add(n.path("id").asText());
                }
            }
        } else {
            throw new IOException("summary: unknown story source " + parts[0]);
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : lines(folder.resolve("articles.jsonl"))) {
            byId.put(n.path("id").asText(), n);
        }
        List<SourceArticle> out = new ArrayList<>();
        for (String id : ids) {
            JsonNode n = byId.get(id);
            if (n == null) {
                throw new IOException("summary: no article " + id + " in " + folder);
            }
            out.add(new SourceArticle(
                    id,
                    n.path("title").asText(""),
                    n.path("text").asText(""),
                    null,
                    n.path("source").asText("")));
        }
        if (out.isEmpty()) {
            throw new IOException("summary: story " + ref + " has no articles");
        }
        return out;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
