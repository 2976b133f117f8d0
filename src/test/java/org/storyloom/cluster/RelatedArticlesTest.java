package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void unknownArticleHasNothingRelated() {
        RelatedArticles related = new RelatedArticles(Streams.clusterer());
        assertThat(related.forArticle("nope", 5)).isEmpty();
        assertThat(related.forStory("nope", 5)).isEmpty();
    }
}
