package org.storyloom.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one active story: members, running sums for its centroids, its time span, and views
 * derived from them for lookups (heaviest terms, lead, copy-group heads), made when first asked after a change.
 * Members change only through {@link #add} and {@link #rebuild}, which drop those views (a merge sorts the
 * members right after adding them, before anything asks again).
 */
final class StoryState {

    /** Terms kept ranked: more than any caller asks for (candidate, index and reason terms). */
    private static final int RANKED = 64;

    final String id;
    final long seq;
    final List<Member> members = new ArrayList<>();
    final float[] embeddingSum;
    final Map<String, Double> termSum = new HashMap<>();
    final Map<String, Boolean> nameTerms = new HashMap<>();
    double termNorm2;
    int membersWithText;
    Instant firstSeen;
    Instant lastUpdated;
    List<String> indexedTerms = List.of();
    int indexedAtSize;
    int checkedSplitAtSize;
    private @Nullable List<String> ranked;
    private @Nullable Member lead;
    private @Nullable List<Member> groupHeads;

    StoryState(String id, long seq, int dimensions, Instant time) {
        this.id = id;
        this.seq = seq;
        this.embeddingSum = new float[dimensions];
        this.firstSeen = time;
        this.lastUpdated = time;
    }

    void add(Member member) {
        ranked = null;
        lead = null;
        groupHeads = null;
        members.add(member);
        if (member.hasText()) {
            membersWithText++;
        }
        Vectors.addTo(embeddingSum, member.embedding(), 1f);
        TermVector t = member.terms();
        for (int i = 0; i < t.terms().length; i++) {
            double old = termSum.getOrDefault(t.terms()[i], 0.0);
            double now = old + t.weights()[i];
            termSum.put(t.terms()[i], now);
            termNorm2 += now * now - old * old;
            if (t.names()[i]) {
                nameTerms.put(t.terms()[i], Boolean.TRUE);
            }
        }
        if (member.published().isBefore(firstSeen)) {
            firstSeen = member.published();
        }
        if (member.published().isAfter(lastUpdated)) {
            lastUpdated = member.published();
        }
    }

    /** Recomputes sums from the members, after members were taken away. */
    void rebuild() {
        List<Member> kept = new ArrayList<>(members);
        members.clear();
        java.util.Arrays.fill(embeddingSum, 0f);
        termSum.clear();
        nameTerms.clear();
        termNorm2 = 0;
        membersWithText = 0;
        firstSeen = kept.get(0).published();
        lastUpdated = firstSeen;
        kept.forEach(this::add);
    }

    double embeddingCosine(float[] unit) {
        return Vectors.cosineWithSum(unit, embeddingSum);
    }

    double termCosine(TermVector vector) {
        return termNorm2 <= 0 ? 0 : vector.dot(termSum) / Math.sqrt(termNorm2);
    }

    /** Cosine of the two stories' term centroids. */
    double termCosine(StoryState other) {
        if (termNorm2 <= 0 || other.termNorm2 <= 0) {
            return 0;
        }
        Map<String, Double> small = termSum.size() <= other.termSum.size() ? termSum : other.termSum;
        Map<String, Double> large = small == termSum ? other.termSum : termSum;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / Math.sqrt(termNorm2 * other.termNorm2);
    }

    double embeddingCosine(StoryState other) {
        double a = Vectors.dot(embeddingSum, embeddingSum);
        double b = Vectors.dot(other.embeddingSum, other.embeddingSum);
        return a == 0 || b == 0 ? 0 : Vectors.dot(embeddingSum, other.embeddingSum) / Math.sqrt(a * b);
    }

    /** The {@code k} heaviest terms, heaviest first, ties by term (kept until the story changes). */
    List<String> topTerms(int k) {
        if (k > RANKED) {
            return rank(k);
        }
        List<String> r = ranked;
        if (r == null) {
            r = rank(RANKED);
            ranked = r;
        }
        return r.subList(0, Math.min(k, r.size()));
    }

    private List<String> rank(int k) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(termSum.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(k, entries.size()));
        for (int i = 0; i < Math.min(k, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return List.copyOf(out);
    }

    /** The member closest to the embedding centroid, the earlier on ties (kept until the story changes). */
    Member lead() {
        Member l = lead;
        if (l == null) {
            l = members.get(0);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Member m : members) {
                double score = embeddingCosine(m.embedding()) - (m.title().isBlank() ? 2 : 0);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    l = m;
                }
            }
            lead = l;
        }
        return l;
    }

    /**
     * The newest member of each copy group (the earlier one on equal times), newest first, then by arrival (kept
     * until the story changes).
     */
    List<Member> groupHeads() {
        List<Member> heads = groupHeads;
        if (heads == null) {
            Map<String, Member> newest = new LinkedHashMap<>();
            for (Member m : members) {
                newest.merge(m.copyGroup(), m, (a, b) -> b.published().isAfter(a.published()) ? b : a);
            }
            List<Member> sorted = new ArrayList<>(newest.values());
            sorted.sort(Comparator.comparing(Member::published).reversed().thenComparingLong(Member::seq));
            heads = List.copyOf(sorted);
            groupHeads = heads;
        }
        return heads;
    }

    /** Term sums of a subset of members, for split decisions. */
    static Map<String, Double> termSums(List<Member> part) {
        Map<String, Double> sums = new HashMap<>();
        for (Member m : part) {
            for (int i = 0; i < m.terms().terms().length; i++) {
                sums.merge(m.terms().terms()[i], (double) m.terms().weights()[i], Double::sum);
            }
        }
        return sums;
    }
}
