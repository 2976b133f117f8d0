package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

    @Test
    void sameStoryFirstOnePerCopyGroupVariedSourcesNewestFirstThenRelatedStoriesWithReasons() {
        String wire = "Kim Jong Un travelled to Kursk on Wednesday to meet soldiers returning from the front, state"
                + " media reported, in a visit that underlined the growing military ties between Pyongyang and Moscow"
                + " after months of fighting in the region that left villages empty.";
        // a stricter join than the defaults: the toy embedder cannot tell a hospital visit from a front visit
        ClusterConfig d = ClusterConfig.defaults();
        StoryClusterer clusterer = new StoryClusterer(
                new ClusterConfig(
                        d.window(),
                        d.embeddingWeight(),
                        0.45,
                        0.6,
                        d.splitThreshold(),
                        d.minSplitSize(),
                        d.timeGrace(),
                        d.timePenaltyPerDay(),
                        d.nameBoost(),
                        d.leadWords(),
                        d.candidateTerms(),
                        d.maxCandidates(),
                        d.storyTerms()),
                BagOfWordsEmbedder.DIMENSIONS);
        Streams.stage(clusterer)
                .process(List.of(
                        Streams.article("k1", "Kim Jong Un visits Kursk troops", wire, 0, "Agency"),
                        Streams.article("k2", "North Korea leader in Kursk", wire, 5, "Paper A"),
                        Streams.article(
                                "k3",
                                "Kim Jong Un in Kursk praises soldiers",
                                "Kim Jong Un praised soldiers" + " in Kursk on a visit.",
                                10,
                                "Paper B"),
                        Streams.article(
                                "k4",
                                "Kim Jong Un tours Kursk front",
                                "Kim Jong Un toured the Kursk front" + " and met soldiers.",
                                20,
                                "Paper B"),
                        Streams.article(
                                "p1",
                                "Kim Jong Un opens hospital in Pyongyang",
                                "Kim Jong Un opened a children's hospital in Pyongyang, state media said.",
                                3500,
                                "Paper C"),
                        Streams.article(
                                "z1",
                                "Cheese prices climb at market",
                                "Cheese prices rose at the weekly" + " farmers market.",
                                30,
                                "Paper D")));
        RelatedArticles related = new RelatedArticles(clusterer);

        List<RelatedArticles.Related> list = related.forArticle("k1", 10);

        assertThat(list).extracting(RelatedArticles.Related::reason).first().isEqualTo("same story");
        List<String> sameStory = list.stream()
                .filter(r -> r.reason().equals("same story"))
                .map(RelatedArticles.Related::articleId)
                .toList();
        // k2 is k1's copy: not listed; k4 (newest, Paper B) before k3 (also Paper B, so it goes last)
        assertThat(sameStory).containsExactly("k4", "k3");
        assertThat(list).extracting(RelatedArticles.Related::articleId).doesNotContain("z1", "k1", "k2");
        assertThat(list).hasSize(3);
        assertThat(list.get(2).articleId()).isEqualTo("p1");
        assertThat(list.get(2).reason()).startsWith("also about Kim Jong");
        assertThat(related.forStory("p1", 5))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("also about Kim Jong Un"));
    }

    @Test
    void aBigStoryGivesOneArticlePerCopyGroupNewestFirstBoundedAndFollowsNewArticles() {
        StoryClusterer clusterer = Streams.clusterer();
        String wire = "Kim Jong Un travelled to Kursk to meet soldiers returning from the front, state media said.";
        for (int i = 0; i < 10_000; i++) { // a burst of wire copies: one copy group
            clusterer.add(copy("w" + i, wire, i, "Wire " + (i % 50), "w0"));
        }
        for (int i = 0; i < 20; i++) { // rewrites, each its own group, from five papers
            clusterer.add(copy("s" + i, wire + " Rewrite " + i + ".", 20_000 + i, "Paper " + (i % 5), "s" + i));
        }
        String story = clusterer.read(a -> Objects.requireNonNull(a.byArticle().get("w1")).id);
        RelatedArticles related = new RelatedArticles(clusterer);

        // newest first, one new outlet at a time (s19..s15), then the papers again; never the copy's own group
        assertThat(related.forArticle("w1", 10))
                .extracting(RelatedArticles.Related::articleId)
                .containsExactly("s19", "s18", "s17", "s16", "s15", "s14", "s13", "s12", "s11", "s10");
        assertThat(related.forArticle("s19", 3))
                .extracting(RelatedArticles.Related::articleId)
                .containsExactly("s18", "s17", "s16");
        assertThat(related.forArticle("s0", 40))
                .hasSize(20)
                .allSatisfy(r -> assertThat(r.storyId()).isEqualTo(story))
                .extracting(RelatedArticles.Related::articleId)
                .doesNotContain("s0")
                .containsOnlyOnce("w9999");

        // the ranked views are made again after a change: a newer copy heads the burst's group
        clusterer.add(copy("w10000", wire, 30_000, "Wire 7", "w0"));
        assertThat(related.forArticle("s19", 2))
                .extracting(RelatedArticles.Related::articleId)
                .containsExactly("w10000", "s18");
    }

    private static ClusterArticle copy(String id, String text, int seconds, String source, String group) {
        float[] v = new float[BagOfWordsEmbedder.DIMENSIONS];
        v[0] = 1;
        return new ClusterArticle(id, "Kim Jong Un in Kursk", text, Streams.T0.plusSeconds(seconds), source, group, v);
    }

    @Test
    void unknownArticleHasNothingRelated() {
        RelatedArticles related = new RelatedArticles(Streams.clusterer());
        assertThat(related.forArticle("nope", 5)).isEmpty();
        assertThat(related.forStory("nope", 5)).isEmpty();
    }
}
