package org.storyloom.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyloom.search.Highlighted;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.SearchFilter;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.SearchResults;

/** The Lucene index on a ByteBuffersDirectory over a small news corpus, with exact hit counts and order. */
class LuceneIndexTest {

    private static final float[] FIRE = {1, 0, 0, 0};
    private static final float[] POLITICS = {0, 1, 0, 0};

    private LuceneIndex index;

    static List<IndexedArticle> corpus() {
        return List.of(
                new IndexedArticle(
                        1,
                        "Harbour fire destroys warehouse",
                        "A fire broke out at the harbour warehouse on Monday night. Firefighters fought the blaze for"
                                + " six hours before it was under control.",
                        10,
                        "Coastal Herald",
                        Instant.parse("2026-10-01T08:00:00Z"),
                        "en",
                        FIRE),
                new IndexedArticle(
                        2,
                        "City council approves new budget",
                        "The council voted to approve the budget after a long debate about harbour repairs.",
                        20,
                        "Daily Ledger",
                        Instant.parse("2026-10-02T10:00:00Z"),
                        "en",
                        POLITICS),
                new IndexedArticle(
                        3,
                        "Firefighters praised after harbour blaze",
                        "The mayor praised the crews who contained the fire at the harbour.",
                        20,
                        "Daily Ledger",
                        Instant.parse("2026-10-03T09:00:00Z"),
                        "en",
                        new float[] {0.9f, 0.1f, 0, 0}),
                new IndexedArticle(
                        4,
                        "Incendie au port",
                        "Un incendie a détruit un entrepôt du port.",
                        30,
                        "Le Journal",
                        Instant.parse("2026-10-03T12:00:00Z"),
                        "fr",
                        new float[] {0.5f, 0.05f, 0.8f, 0}),
                new IndexedArticle(
                        5,
                        "Election results announced",
                        "Voters chose a new mayor on Sunday; turnout was high.",
                        10,
                        "Coastal Herald",
                        null,
                        "en",
                        null));
    }

    @BeforeEach
    void fill() {
        index = LuceneIndex.inMemory(4);
        index.upsert(corpus());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::articleId).toList();
    }

    private SearchResults search(String text, SearchFilter filter) {
        return index.search(SearchQuery.of(text).withFilter(filter));
    }

    @Test
    void bm25RanksTitleMatchesFirstAndNeedsEveryWord() {
        SearchResults fire = search("fire", SearchFilter.none());
        assertThat(fire.total()).isEqualTo(2);
        assertThat(ids(fire)).containsExactly(1L, 3L);

        SearchResults harbour = search("harbour", SearchFilter.none());
        assertThat(harbour.total()).isEqualTo(3);
        assertThat(ids(harbour)).containsExactlyInAnyOrder(1L, 2L, 3L).endsWith(2L);

        assertThat(ids(search("harbour budget", SearchFilter.none()))).containsExactly(2L);
        assertThat(ids(search("\"harbour blaze\"", SearchFilter.none()))).containsExactly(3L);
        assertThat(ids(search("harbour -budget", SearchFilter.none()))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(search("elect*", SearchFilter.none()))).containsExactly(5L);
        assertThat(ids(search("approving", SearchFilter.none())))
                .as("English stemming")
                .containsExactly(2L);
        assertThat(search("volcano", SearchFilter.none()).total()).isZero();
    }

    @Test
    void filtersBySourceDateAndLanguage() {
        assertThat(ids(search("harbour", SearchFilter.none().withSources(Set.of(20L)))))
                .containsExactly(3L, 2L);
        SearchFilter oneDay = SearchFilter.none()
                .withRange(Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-10-03T00:00:00Z"));
        assertThat(ids(search("harbour", oneDay))).containsExactly(2L);
        assertThat(ids(search("", SearchFilter.none().withLanguage("FR")))).containsExactly(4L);
        assertThat(search("harbour", SearchFilter.none().withLanguage("fr")).total())
                .isZero();
        assertThat(ids(search("", SearchFilter.none().withSources(Set.of(10L, 30L)))))
                .containsExactly(4L, 1L, 5L);
    }

    @Test
    void blankQueryListsNewestFirstAndPages() {
        SearchResults all = search("", SearchFilter.none());
        assertThat(all.total()).isEqualTo(5);
        assertThat(ids(all)).containsExactly(4L, 3L, 2L, 1L, 5L);
        SearchResults second = index.search(SearchQuery.of("").withPage(2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(ids(second)).containsExactly(2L, 1L);
        assertThat(index.search(SearchQuery.of("harbour").withPage(10, 5)).hits())
                .isEmpty();
    }

    @Test
    void highlightsMarkMatchedWordsAndCarryHitFields() {
        SearchHit top = search("fire", SearchFilter.none()).hits().getFirst();
        assertThat(top.title().parts())
                .containsExactly(
                        new Highlighted.Part("Harbour ", false),
                        new Highlighted.Part("fire", true),
                        new Highlighted.Part(" destroys warehouse", false));
        assertThat(top.snippet().marked("[", "]")).startsWith("A [fire] broke out at the harbour warehouse");
        assertThat(top.sourceName()).isEqualTo("Coastal Herald");
        assertThat(top.sourceId()).isEqualTo(10);
        assertThat(top.published()).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
        assertThat(top.score()).isPositive();

        SearchHit third = search("fire", SearchFilter.none()).hits().get(1);
        assertThat(third.title().hasMatch()).isFalse();
        assertThat(third.title().text()).isEqualTo("Firefighters praised after harbour blaze");
        assertThat(third.snippet().marked("[", "]")).contains("contained the [fire] at the harbour");
    }

    @Test
    void nearestByCosineWithFilter() {
        SearchResults near = index.nearest(FIRE, 2, SearchFilter.none());
        assertThat(ids(near)).containsExactly(1L, 3L);
        assertThat(near.total()).isEqualTo(2);
        assertThat(near.hits().getFirst().score())
                .isGreaterThan(near.hits().get(1).score());
        assertThat(ids(index.nearest(FIRE, 10, SearchFilter.none()))).containsExactly(1L, 3L, 4L, 2L);
        assertThat(ids(index.nearest(FIRE, 3, SearchFilter.none().withLanguage("fr"))))
                .containsExactly(4L);
        assertThat(index.nearest(FIRE, 1, SearchFilter.none())
                        .hits()
                        .getFirst()
                        .snippet()
                        .text())
                .startsWith("A fire broke out");
        assertThatThrownBy(() -> index.nearest(new float[3], 1, SearchFilter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search: ");
    }

    @Test
    void hybridFusesByReciprocalRank() {
        // text "fire": [1, 3]; vector POLITICS: [2, 3, 4, 1]
        // 3: 1/62 + 1/62 = .03226, 1: 1/61 + 1/64 = .03202, 2: 1/61, 4: 1/63
        SearchResults fused = index.hybrid(SearchQuery.of("fire"), POLITICS);
        assertThat(fused.total()).isEqualTo(4);
        assertThat(ids(fused)).containsExactly(3L, 1L, 2L, 4L);
        assertThat(fused.hits().getFirst().score()).isEqualTo(2.0 / 62, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(fused.hits().get(1).title().hasMatch()).isTrue();
        SearchResults filtered = index.hybrid(
                SearchQuery.of("fire").withFilter(SearchFilter.none().withSources(Set.of(20L))), POLITICS);
        assertThat(ids(filtered)).containsExactly(3L, 2L);
    }

    @Test
    void hybridLeavesOutVectorNeighboursBelowTheCosineFloor() {
        // vector FIRE: 1 (cos 1), 3 (0.99), 4 (0.53), 2 (0); with a floor of 0.6 only 1 and 3 take part
        SearchResults fused = index.hybrid(SearchQuery.of("budget"), FIRE, 0.6);
        assertThat(ids(fused)).containsExactlyInAnyOrder(2L, 1L, 3L);
        assertThat(fused.total()).isEqualTo(3);
        assertThat(index.hybrid(SearchQuery.of("volcano"), POLITICS, 0.6).total())
                .isEqualTo(1);
        assertThat(index.hybrid(SearchQuery.of("volcano"), new float[] {0, 0, 0, 1}, 0.6)
                        .total())
                .isZero();
    }

    @Test
    void deleteExceptKeepsOnlyTheGivenIds() {
        index.deleteExcept(id -> id % 2 == 1);
        assertThat(index.count()).isEqualTo(3);
        assertThat(ids(search("harbour", SearchFilter.none()))).containsExactlyInAnyOrder(1L, 3L);
        index.deleteExcept(id -> true);
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void writesAreVisibleAtOnceUpdateInPlaceAndDelete() {
        index.upsert(List.of(new IndexedArticle(
                6,
                "Ferry service resumes",
                "The ferry to the islands sails again.",
                10,
                "Coastal Herald",
                null,
                "en",
                null)));
        assertThat(ids(search("ferry", SearchFilter.none()))).containsExactly(6L);
        assertThat(index.count()).isEqualTo(6);

        index.upsert(List.of(new IndexedArticle(
                1,
                "Storm closes harbour",
                "Strong winds closed the harbour.",
                10,
                "Coastal Herald",
                null,
                "en",
                FIRE)));
        assertThat(index.count()).isEqualTo(6);
        assertThat(search("warehouse", SearchFilter.none()).total()).isZero();
        assertThat(ids(search("storm", SearchFilter.none()))).containsExactly(1L);

        index.delete(List.of(2L, 99L));
        assertThat(index.count()).isEqualTo(5);
        assertThat(search("budget", SearchFilter.none()).total()).isZero();
        index.clear();
        assertThat(index.count()).isZero();
    }

    @Test
    void rejectsBadInputAndCannotBeFooledByMarkerCharacters() {
        assertThatThrownBy(() ->
                        index.upsert(List.of(new IndexedArticle(7, "t", "x", 1, "s", null, null, new float[] {1, 2}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search: ");
        index.upsert(List.of(new IndexedArticle(8, "Forged \uE000mark\uE001 here", "body", 1, "s", null, null, null)));
        SearchHit hit = search("forged", SearchFilter.none()).hits().getFirst();
        assertThat(hit.title().parts())
                .containsExactly(new Highlighted.Part("Forged", true), new Highlighted.Part(" mark here", false));
    }

    @Test
    void facetsFilterByNamedValues() {
        index.upsert(List.of(new IndexedArticle(9, "Kursk talks", "Talks about Kursk.", 1, "s", null, "en", null)
                .withFacets(Map.of("hashtag", List.of("Kursk")))));
        assertThat(ids(search("", SearchFilter.none().withFacet("hashtag", List.of("kursk", "other")))))
                .containsExactly(9L);
        assertThat(search("", SearchFilter.none().withFacet("entity", List.of("kursk")))
                        .total())
                .isZero();
    }
}
