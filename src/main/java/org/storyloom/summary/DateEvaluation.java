package org.storyloom.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.storyloom.nlp.Nlp;
import org.storyloom.nlp.Sentence;

/**
 * Scores {@link DateMentions} against a labelled set: {@code DateEvaluation GOLD SHARED [--verbose]}. The gold file
 * names each article by its path under SHARED ({@code @ file.jsonl#id published=YYYY-MM-DD from=...}) followed by
 * {@code ANCHOR<TAB>EXPECTED} lines: the sentence holding the anchor (as {@link Nlp} splits the text) and its date
 * expressions ({@code day:2009-04-28 week:... month:2009-04 year:2009}, or {@code -} for none). Prints how many
 * expected dates were resolved right, how many found dates were wrong, how many dateless sentences stayed clean,
 * and a last line {@code scores ...} for the gate. A week matches within 3 days; the others exactly.
 */
public final class DateEvaluation {

    private DateEvaluation() {}

    record Expected(DatePrecision precision, LocalDate date) {}

    record Case(String ref, String anchor, Instant published, List<Expected> expected) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DateEvaluation GOLD SHARED [--verbose]");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        Path shared = Path.of(args[1]);
        List<Case> cases = read(Path.of(args[0]));
        Nlp nlp = Nlp.load();
        DateMentions dates = new DateMentions();
        Map<String, String> texts = new HashMap<>();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int expected = 0;
        int right = 0;
        int found = 0;
        int wrong = 0;
        int negatives = 0;
        int clean = 0;
        for (Case c : cases) {
            String text = texts.computeIfAbsent(c.ref(), ref -> load(ref, shared));
            String sentence = sentence(nlp, text, c.anchor());
            if (sentence == null) {
                throw new IllegalStateException("summary: no sentence holds \"" + c.anchor() + "\" in " + c.ref());
            }
            List<DateMention> got = dates.find(sentence, c.published());
            List<Expected> left = new ArrayList<>(c.expected());
            List<DateMention> extra = new ArrayList<>();
            for (DateMention d : got) {
                Expected hit =
                        left.stream().filter(e -> matches(e, d)).findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                } else {
                    extra.add(d);
                }
            }
            expected += c.expected().size();
            right += c.expected().size() - left.size();
            found += got.size();
            wrong += extra.size();
            if (c.expected().isEmpty()) {
                negatives++;
                clean += got.isEmpty() ? 1 : 0;
            }
            if (verbose && (!left.isEmpty() || !extra.isEmpty())) {
                out.println("== " + c.ref() + " | " + c.published() + " | " + sentence);
                left.forEach(e -> out.println("  MISSED " + e.precision() + " " + e.date()));
                extra.forEach(d -> out.println("  WRONG  " + d.precision() + " " + d.date() + " \"" + d.text() + "\""));
            }
        }
        double resolved = expected == 0 ? 1 : (double) right / expected;
        double precision = found == 0 ? 1 : (double) (found - wrong) / found;
        double negative = negatives == 0 ? 1 : (double) clean / negatives;
        out.printf(
                Locale.ROOT,
                "%d sentences, %d expected dates: %d resolved right (%.4f); %d found, %d wrong (precision %.4f);"
                        + " %d of %d dateless sentences clean%n",
                cases.size(),
                expected,
                right,
                resolved,
                found,
                wrong,
                precision,
                clean,
                negatives);
        out.printf(
                Locale.ROOT,
                "scores dates_resolved=%.4f dates_precision=%.4f negatives_clean=%.4f%n",
                resolved,
                precision,
                negative);
    }

    static boolean matches(Expected e, DateMention d) {
        if (e.precision() != d.precision()) {
            return false;
        }
        return switch (e.precision()) {
            case DAY -> e.date().equals(d.date());
            case WEEK -> Math.abs(ChronoUnit.DAYS.between(e.date(), d.date())) <= 3;
            case MONTH -> e.date().withDayOfMonth(1).equals(d.date().withDayOfMonth(1));
            case YEAR -> e.date().getYear() == d.date().getYear();
        };
    }

    private static @Nullable String sentence(Nlp nlp, String text, String anchor) {
        for (Sentence s : nlp.sentences(text)) {
            if (s.text().contains(anchor)) {
                return s.text();
            }
        }
        return null;
    }

    static List<Case> read(Path gold) throws IOException {
        List<Case> cases = new ArrayList<>();
        String ref = null;
        Instant published = null;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("@")) {
                String[] parts = s.substring(1).strip().split("\\s+");
                ref = parts[0];
                published = null;
                for (String part : parts) {
                    if (part.startsWith("published=")) {
                        published = LocalDate.parse(part.substring(10))
                                .atTime(12, 0)
                                .toInstant(java.time.ZoneOffset.UTC);
                    }
                }
                continue;
            }
            if (ref == null || published == null) {
                throw new IOException("summary: a case before its article line: " + s);
            }
            String[] parts = line.split("\t");
            cases.add(new Case(ref, parts[0].strip(), published, expected(parts[1].strip())));
        }
        return cases;
    }

    private static List<Expected> expected(String field) {
        List<Expected> out = new ArrayList<>();
        if (field.equals("-")) {
            return out;
        }
        for (String item : field.split("\\s+")) {
            int colon = item.indexOf(':');
            DatePrecision precision =
                    DatePrecision.valueOf(item.substring(0, colon).toUpperCase(Locale.ROOT));
            String date = item.substring(colon + 1);
            LocalDate day = switch (precision) {
                case DAY, WEEK -> LocalDate.parse(date);
                case MONTH -> LocalDate.parse(date + "-01");
                case YEAR -> LocalDate.of(Integer.parseInt(date), 1, 1);
            };
            out.add(new Expected(precision, day));
        }
        return out;
    }

    private static String load(String ref, Path shared) {
        int hash = ref.indexOf('#');
        String id = ref.substring(hash + 1);
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(shared.resolve(ref.substring(0, hash)), StandardCharsets.UTF_8)) {
                JsonNode n = json.readTree(line);
                if (id.equals(n.path("id").asText())) {
                    return n.path("text").asText();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("summary: cannot read " + ref, e);
        }
        throw new IllegalStateException("summary: no article " + ref);
    }
}
