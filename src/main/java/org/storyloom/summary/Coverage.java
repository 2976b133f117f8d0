package org.storyloom.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.QuoteMention;

/**
 * Compares how a story's outlets cover it: numbers they disagree on, claims only one of them reports, and the
 * quotes each chose. A story from one outlet has nothing to compare and gets empty perspectives.
 */
public final class Coverage {

    /** Claims whose closest sentence in another outlet is at least this similar are reported there too. */
    private static final double ELSEWHERE = 0.3;
    /** Only an article's first sentences are weighed for claims of its own: the rest is background. */
    private static final int LEAD_SENTENCES = 30;
    /** Claims of its own shown per outlet. */
    private static final int PER_OUTLET = 2;
    /** Numbers whose ratio is within this are the same figure rounded ("about 200" and "203"). */
    private static final double SAME_FIGURE = 0.02;

    /**
     * The perspectives of a story.
     *
     * @param articles its articles
     * @param sentences their sentences, one list per article in the same order
     * @param quotes the quotes found in each article, by article id (articles without quotes may be absent)
     */
    public Perspectives of(
            List<SourceArticle> articles, List<List<StorySentence>> sentences, Map<String, List<QuoteMention>> quotes) {
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            byOutlet.computeIfAbsent(outlet(articles.get(a)), k -> new ArrayList<>())
                    .add(a);
        }
        if (byOutlet.size() < 2) {
            return new Perspectives(List.of(), List.of());
        }
        List<NumberDispute> numbers = disputes(articles, sentences);
        List<OutletView> outlets = new ArrayList<>();
        List<StorySentence> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        TermVectors weights = TermVectors.over(all);
        SentenceSpace space = SentenceSpace.of(all, weights);
        Map<String, Double> centroid = TermVectors.centroid(
                all.stream().map(s -> weights.vector(s.terms())).toList());
        for (Map.Entry<String, List<Integer>> outlet : byOutlet.entrySet()) {
            Set<Integer> own = new HashSet<>(outlet.getValue());
            List<String> ids =
                    outlet.getValue().stream().map(a -> articles.get(a).id()).toList();
            List<QuoteMention> chosen = new ArrayList<>();
            ids.forEach(id -> chosen.addAll(quotes.getOrDefault(id, List.of())));
            outlets.add(new OutletView(outlet.getKey(), ids, onlyHere(all, space, centroid, own), chosen));
        }
        return new Perspectives(numbers, outlets);
    }

    private static List<CitedSentence> onlyHere(
            List<StorySentence> all, SentenceSpace space, Map<String, Double> centroid, Set<Integer> own) {
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            StorySentence s = all.get(i);
            if (own.contains(s.article())
                    && s.index() < LEAD_SENTENCES
                    && SentenceFilter.showable(s)
                    && !reportedElsewhere(all, space.row(i), own)) {
                mine.add(i);
            }
        }
        double[] centrality = space.dots(centroid);
        mine.sort(Comparator.comparingDouble((Integer i) -> -centrality[i]));
        return mine.stream()
                .limit(PER_OUTLET)
                .map(i -> SentenceFilter.shown(all.get(i), List.of(all.get(i).articleId())))
                .toList();
    }

    private static boolean reportedElsewhere(List<StorySentence> all, float[] similarity, Set<Integer> own) {
        for (int j = 0; j < similarity.length; j++) {
            if (similarity[j] >= ELSEWHERE && !own.contains(all.get(j).article())) {
                return true;
            }
        }
        return false;
    }

    private static List<NumberDispute> disputes(List<SourceArticle> articles, List<List<StorySentence>> sentences) {
        List<NumberClaim> claims = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (StorySentence sentence : sentences.get(a)) {
                claims.addAll(Numbers.in(sentence, outlet(articles.get(a))));
            }
        }
        List<List<NumberClaim>> groups = new ArrayList<>();
        List<Set<String>> groupKeys = new ArrayList<>();
        for (NumberClaim claim : claims) {
            Set<String> keys = Numbers.keys(claim.quantity());
            int found = -1;
            for (int g = 0; g < groups.size() && found < 0 && !keys.isEmpty(); g++) {
                if (groupKeys.get(g).stream().anyMatch(keys::contains)) {
                    found = g;
                }
            }
            if (found < 0) {
                groups.add(new ArrayList<>());
                groupKeys.add(new HashSet<>());
                found = groups.size() - 1;
            }
            groups.get(found).add(claim);
            groupKeys.get(found).addAll(keys);
        }
        List<NumberDispute> out = new ArrayList<>();
        for (List<NumberClaim> group : groups) {
            NumberDispute dispute = dispute(group);
            if (dispute != null) {
                out.add(dispute);
            }
        }
        return out;
    }

    /** A dispute when at least two outlets give values that are not the same figure; one claim per outlet and value. */
    private static @Nullable NumberDispute dispute(List<NumberClaim> group) {
        Map<String, NumberClaim> distinct = new LinkedHashMap<>();
        for (NumberClaim claim : group) {
            distinct.putIfAbsent(claim.source() + "\u0000" + claim.amount(), claim);
        }
        List<NumberClaim> claims = new ArrayList<>(distinct.values());
        claims.sort(Comparator.comparingDouble(NumberClaim::amount));
        double low = claims.getFirst().amount();
        double high = claims.getLast().amount();
        long outlets = claims.stream().map(NumberClaim::source).distinct().count();
        if (outlets < 2 || high - low <= SAME_FIGURE * Math.max(Math.abs(high), 1)) {
            return null;
        }
        boolean differ = claims.stream()
                .anyMatch(c ->
                        claims.stream().anyMatch(d -> !d.source().equals(c.source()) && d.amount() != c.amount()));
        return differ ? new NumberDispute(claims.getFirst().quantity(), claims) : null;
    }

    private static String outlet(SourceArticle article) {
        return article.source().isBlank() ? article.id() : article.source();
    }
}
