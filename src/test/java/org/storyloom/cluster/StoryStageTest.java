package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStageTest {

    @Test
    void overlappedBatchesPlaceEveryArticleAsOneBatchAtATimeDoes() {
        List<StoryStage.Incoming> stream = Streams.fourEvents();
        List<List<StoryStage.Incoming>> batches = new ArrayList<>();
        for (int from = 0; from < stream.size(); from += 3) {
            batches.add(stream.subList(from, Math.min(stream.size(), from + 3)));
        }
        StoryClusterer inTurn = Streams.clusterer();
        StoryStage inTurnStage = Streams.stage(inTurn);
        List<String> expected = new ArrayList<>();
        for (List<StoryStage.Incoming> b : batches) {
            inTurnStage
                    .process(b)
                    .outcomes()
                    .forEach(o ->
                            expected.add(o.articleId() + "@" + o.placement().storyId()));
        }
        StoryClusterer overlapped = Streams.clusterer();
        List<String> actual = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Streams.stage(overlapped).processAll(batches, batch -> {
            sizes.add(batch.outcomes().size());
            batch.outcomes()
                    .forEach(o -> actual.add(o.articleId() + "@" + o.placement().storyId()));
        });

        assertThat(sizes)
                .containsExactlyElementsOf(batches.stream().map(List::size).toList());
        assertThat(actual).hasSize(stream.size()).containsExactlyElementsOf(expected);
        assertThat(overlapped.stories()).hasSameSizeAs(inTurn.stories());
    }

    @Test
    void theEmbeddedTextIsTheTitleAndTheFirstThirtyWordsOfTheLead() {
        StringBuilder body = new StringBuilder("Fire at the harbour.");
        for (int i = 0; i < 50; i++) {
            body.append(" w").append(i);
        }
        String text = StoryStage.embeddingText("Fire at the harbour", body.toString());

        assertThat(text).startsWith("Fire at the harbour. . w0 w1").endsWith(" w27 w28");
        assertThat(text.split(" ")).hasSize(4 + 30);
    }
}
