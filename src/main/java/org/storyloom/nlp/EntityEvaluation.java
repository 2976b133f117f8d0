package org.storyloom.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Scores {@link Entities} against a labelled set: {@code EntityEvaluation GOLD SHARED [--verbose]}. The gold file
 * names each article by its path under SHARED ({@code @ path}, {@code @ file.jsonl#id}, {@code @ path until=LINE})
 * followed by {@code TYPE<TAB>name|other name} lines. Prints precision and recall per type and overall, and a last
 * line {@code scores ...} for the gate; with {@code --required}, exits 1 when a gold entity is not
 * found. An entity matches a gold one of its type when any of its names or aliases
 * equals one of the gold names, ignoring case, accents and punctuation; each gold entity matches once.
 */
public final class EntityEvaluation {

    private EntityEvaluation() {}

    record Doc(String ref, String title, String text, List<GoldEntity> gold) {}

    record GoldEntity(EntityType type, List<String> names) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EntityEvaluation GOLD SHARED [--verbose] [--required]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(2, args.length);
        boolean verbose = flags.contains("--verbose");
        boolean required = flags.contains("--required");
        List<Doc> docs = GoldFile.read(Path.of(args[0]), Path.of(args[1]));
        Entities entities = new Entities(Nlp.load());
        int[][] counts = new int[EntityType.values().length][3];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int passes = Integer.getInteger("storyloom.entities.passes", 1);
        for (int i = 1; i < passes; i++) {
            for (Doc doc : docs) {
                entities.find(doc.title(), doc.text());
            }
        }
        long nanos = 0;
        for (Doc doc : docs) {
            long t0 = System.nanoTime();
            List<Entity> found = entities.find(doc.title(), doc.text());
            nanos += System.nanoTime() - t0;
            score(doc, found, counts, verbose ? out : null);
        }
        int[] all = new int[3];
        StringBuilder last = new StringBuilder("scores");
        for (EntityType t : EntityType.values()) {
            int[] c = counts[t.ordinal()];
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
            line(out, t.name().toLowerCase(Locale.ROOT), c, last);
        }
        line(out, "overall", all, last);
        if (required && all[2] > 0) {
            out.println("required entities missing: " + all[2] + " (run with --verbose to list them)");
            System.exit(1);
        }
        out.printf(
                Locale.ROOT,
                "%d articles, %.1f ms per article (analysis included; last of %d passes)%n",
                docs.size(),
                nanos / 1e6 / docs.size(),
                passes);
        out.println(last);
    }

    private static void line(PrintStream out, String name, int[] c, StringBuilder last) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        out.printf(Locale.ROOT, "%-13s precision %.3f recall %.3f (tp %d fp %d fn %d)%n", name, p, r, c[0], c[1], c[2]);
        last.append(String.format(Locale.ROOT, " %s.precision=%.4f %s.recall=%.4f", name, p, name, r));
    }

    /** Adds true positives, false positives and false negatives of one article to {@code counts}. */
    static void score(Doc doc, List<Entity> found, int[][] counts, @Nullable PrintStream verbose) {
        List<GoldEntity> left = new ArrayList<>(doc.gold());
        List<String> wrong = new ArrayList<>();
        for (Entity e : found) {
            GoldEntity hit = null;
            for (GoldEntity g : left) {
                if (g.type() == e.type() && matches(e, g)) {
                    hit = g;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                counts[e.type().ordinal()][0]++;
            } else {
                counts[e.type().ordinal()][1]++;
                wrong.add(e.type() + " " + e.name() + " " + e.aliases());
            }
        }
        for (GoldEntity g : left) {
            counts[g.type().ordinal()][2]++;
        }
        if (verbose != null && (!wrong.isEmpty() || !left.isEmpty())) {
            verbose.println("== " + doc.ref());
            wrong.forEach(w -> verbose.println("  FP " + w));
            left.forEach(g -> verbose.println("  FN " + g.type() + " " + g.names()));
        }
    }

    static boolean matches(Entity e, GoldEntity g) {
        List<String> mine = new ArrayList<>(e.aliases());
        mine.add(e.name());
        for (String a : mine) {
            for (String b : g.names()) {
                if (fold(a).equals(fold(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String name) {
        String key = EntityResolver.key(EntityType.PLACE, name.replace("’s", "").replace("'s", ""));
        String folded = key.substring(key.indexOf(':') + 1);
        return folded.startsWith("the") && folded.length() > 6 ? folded.substring(3) : folded;
    }

    /** Reads the gold file and the article texts it points to. */
    static final class GoldFile {

        private static final ObjectMapper JSON = new ObjectMapper();

        private GoldFile() {}

        static List<Doc> read(Path gold, Path shared) throws IOException {
            List<Doc> docs = new ArrayList<>();
            String ref = null;
            List<GoldEntity> entities = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("@")) {
                    if (ref != null) {
                        docs.add(load(ref, shared, entities));
                    }
                    ref = s.substring(1).strip();
                    entities = new ArrayList<>();
                } else {
                    String[] parts = s.split("\t", 2);
                    entities.add(new GoldEntity(
                            EntityType.valueOf(parts[0].strip()),
                            List.of(parts[1].strip().split("\\s*\\|\\s*"))));
                }
            }
            if (ref != null) {
                docs.add(load(ref, shared, entities));
            }
            return docs;
        }

        private static Doc load(String ref, Path shared, List<GoldEntity> gold) throws IOException {
            String until = null;
            String path = ref;
            int u = ref.indexOf(" until=");
            if (u >= 0) {
                until = ref.substring(u + 7);
                path = ref.substring(0, u).strip();
            }
            int hash = path.indexOf('#');
            if (hash >= 0) {
                String id = path.substring(hash + 1);
                for (String line :
                        Files.readAllLines(shared.resolve(path.substring(0, hash)), StandardCharsets.UTF_8)) {
                    JsonNode n = JSON.readTree(line);
                    if (id.equals(n.path("id").asText())) {
                        return new Doc(
                                ref, n.path("title").asText(""), n.path("text").asText(), gold);
                    }
                }
                throw new IOException("nlp: no article " + id + " in " + path);
            }
            String text = Files.readString(shared.resolve(path), StandardCharsets.UTF_8);
            if (until != null) {
                int cut = text.indexOf("\n" + until + "\n");
                text = cut >= 0 ? text.substring(0, cut) : text;
            }
            return new Doc(ref, "", text, gold);
        }
    }
}
