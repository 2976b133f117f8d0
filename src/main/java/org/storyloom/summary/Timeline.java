package org.storyloom.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dated events of a story: every sentence that carries a date it can resolve (relative dates against its own
 * article's publish time) becomes an event dated by the expression that most likely dates what happened: the finest
 * one, and not the one that only dates a statement ("said on Tuesday") when there is another. The same event told
 * by several articles (same date, near-identical words) is one event citing all of them. When there are more events
 * than the cap, the most informative are kept (reported by more articles, dated more precisely, a lead sentence,
 * at most {@value #PER_DATE} a date); the result is ordered by date, then by first report.
 */
public final class Timeline {

    /** Events shown when no cap is given. */
    public static final int DEFAULT_CAP = 12;

    static final int PER_DATE = 3;

    private static final double SAME_EVENT = 0.5;
    /**
     * Or, on the same date, sentences sharing this share of the shorter one's words report the same event in other
     * words ("a fire destroyed a warehouse" and "a warehouse burned down").
     */
    private static final double SAME_WORDS = 0.6;

    private static final int MIN_WORDS = 5;

    private static final int MAX_WORDS = 70;

    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(?:published|updated|posted|last updated|first" + " published|created|modified|date)\\b");

    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:said|says|told|announced|reported|confirmed|added|stated|wrote)\\s+(?:on\\s+)?$");

    private record Candidate(
            DateMention date,
            StorySentence sentence,
            @Nullable Instant published) {}

    private static final class Event {
        final Candidate first;
        final int order;
        final Map<String, Double> vector;
        final Set<String> sources = new LinkedHashSet<>();

        Event(Candidate first, int order, Map<String, Double> vector) {
            this.first = first;
            this.order = order;
            this.vector = vector;
            sources.add(first.sentence().articleId());
        }

        double score() {
            DateMention d = first.date();
            double precision = 4 - d.precision().ordinal();
            int words = first.sentence().terms().size();
            double length = words >= 6 && words <= 30 ? 1 : 0;
            double lead = Math.max(0, 1 - first.sentence().index() * 0.1);
            return 2.0 * sources.size() + precision + length + lead;
        }
    }

    private final DateMentions dates;
    private final int cap;

    /** A timeline of at most {@link #DEFAULT_CAP} events. */
    public Timeline(DateMentions dates) {
        this(dates, DEFAULT_CAP);
    }

    public Timeline(DateMentions dates, int cap) {
        this.dates = dates;
        this.cap = cap;
    }

    /** The timeline of a story from its articles and their sentences (as {@link StorySentences} gives them). */
    public List<TimelineEvent> of(List<SourceArticle> articles, List<List<StorySentence>> sentences) {
        List<Candidate> candidates = candidates(articles, sentences);
        candidates.sort(Comparator.comparing((Candidate c) -> c.published() == null ? Instant.MAX : c.published())
                .thenComparingInt(c -> c.sentence().article())
                .thenComparingInt(c -> c.sentence().index()));
        List<Event> events = merge(candidates);
        List<Event> kept = keep(events);
        kept.sort(Comparator.comparing((Event e) -> e.first.date().date()).thenComparingInt(e -> e.order));
        List<TimelineEvent> out = new ArrayList<>(kept.size());
        for (Event e : kept) {
            StorySentence s = e.first.sentence();
            CitedSentence cited = new CitedSentence(s.text(), s.articleId(), s.index(), List.copyOf(e.sources));
            out.add(new TimelineEvent(e.first.date().date(), e.first.date().precision(), cited));
        }
        return out;
    }

    private List<Candidate> candidates(List<SourceArticle> articles, List<List<StorySentence>> sentences) {
        List<Candidate> out = new ArrayList<>();
        for (int a = 0; a < articles.size() && a < sentences.size(); a++) {
            Instant published = articles.get(a).published();
            for (StorySentence s : sentences.get(a)) {
                List<DateMention> found = dates.find(s.text(), published);
                if (found.isEmpty()) {
                    continue;
                }
                int words = words(s.text());
                if (words < MIN_WORDS
                        || words > MAX_WORDS
                        || STAMP.matcher(s.text()).lookingAt()) {
                    continue;
                }
                DateMention pick = pick(s.text(), found);
                if (pick != null && words - words(pick.text()) >= MIN_WORDS - 1) {
                    out.add(new Candidate(pick, s, published));
                }
            }
        }
        return out;
    }

    private static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            count += !space && !in ? 1 : 0;
            in = !space;
        }
        return count;
    }

    /** The expression that dates the event: the finest, passing over one that only dates a statement. */
    static @Nullable DateMention pick(String text, List<DateMention> found) {
        DateMention best = null;
        boolean bestReported = true;
        for (DateMention d : found) {
            boolean reported = REPORTED.matcher(text)
                    .region(Math.max(0, d.start() - 24), d.start())
                    .find();
            boolean better = best == null
                    || (bestReported && !reported)
                    || (bestReported == reported
                            && d.precision().ordinal() < best.precision().ordinal());
            if (better) {
                best = d;
                bestReported = reported;
            }
        }
        return best;
    }

    /** The share of the shorter sentence's distinct content terms that the other one has too. */
    private static double shared(StorySentence a, StorySentence b) {
        Set<String> mine = new HashSet<>(a.terms());
        Set<String> theirs = new HashSet<>(b.terms());
        int shorter = Math.min(mine.size(), theirs.size());
        if (shorter == 0) {
            return 0;
        }
        mine.retainAll(theirs);
        return mine.size() / (double) shorter;
    }

    private static List<Event> merge(List<Candidate> candidates) {
        List<StorySentence> all = new ArrayList<>(candidates.size());
        candidates.forEach(c -> all.add(c.sentence()));
        TermVectors vectors = TermVectors.over(all);
        Map<String, List<Event>> byDate = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Double> vector = vectors.vector(c.sentence().terms());
            List<Event> same = byDate.computeIfAbsent(c.date().label(), k -> new ArrayList<>());
            Event match = null;
            for (Event e : same) {
                if (TermVectors.dot(e.vector, vector) >= SAME_EVENT
                        || shared(e.first.sentence(), c.sentence()) >= SAME_WORDS) {
                    match = e;
                    break;
                }
            }
            if (match != null) {
                match.sources.add(c.sentence().articleId());
            } else {
                Event e = new Event(c, events.size(), vector);
                same.add(e);
                events.add(e);
            }
        }
        return events;
    }

    private List<Event> keep(List<Event> events) {
        List<Event> ranked = new ArrayList<>(events);
        ranked.sort(Comparator.comparingDouble(Event::score).reversed().thenComparingInt(e -> e.order));
        Map<String, Integer> perDate = new HashMap<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : ranked) {
            if (kept.size() >= cap) {
                break;
            }
            if (perDate.merge(e.first.date().label(), 1, Integer::sum) <= PER_DATE) {
                kept.add(e);
            }
        }
        return kept;
    }
}
