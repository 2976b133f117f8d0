package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyloom.pipeline.StoredStories.GAZETTE;
import static org.storyloom.pipeline.StoredStories.HERALD;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.model.StorySummary;
import org.storyloom.nlp.Nlp;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;
import org.storyloom.summary.Answer;
import org.storyloom.summary.SentenceEmbedder;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;

class SentenceVectorWorkerTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(3);

    private static Nlp nlp;
    private static OnnxEmbedder model;

    @TempDir
    Path dir;

    /** The real model, counting the texts it is asked to embed. */
    private final AtomicInteger embedded = new AtomicInteger();

    private final SentenceEmbedder counting = texts -> {
        embedded.addAndGet(texts.size());
        return model.embed(texts);
    };

    @BeforeAll
    static void load() {
        nlp = Nlp.load();
        model = new OnnxEmbedder(1, 16, 128);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void embedsEachSentenceOfAStoryOnceAndMarksTheVersion() {
        try (SqliteStore store = store()) {
            long a = article(store, "Herald", "1", HERALD, NOW);
            long b = article(store, "Gazette", "2", GAZETTE, NOW);
            long copy = article(store, "Ledger", "3", HERALD, NOW); // a wire copy: same sentences, no new vectors
            story(store, List.of(a, b, copy), NOW);
            SentenceVectorWorker worker = worker(store, InstantSource.fixed(NOW));

            assertThat(worker.runOnce(1000)).isEqualTo(6);
            assertThat(embedded).hasValue(6);
            assertThat(store.storiesToVectorize(NOW.minus(WINDOW), 10)).isEmpty();
            assertThat(worker.runOnce(1000)).isZero();

            long later = article(store, "Herald", "4", "Investigators blamed faulty wiring on Friday.", NOW);
            story(store, List.of(a, b, copy, later), NOW.plusSeconds(60));
            assertThat(worker.runOnce(1000)).isOne();
            assertThat(embedded).hasValue(7);
        }
    }

    @Test
    void aPassStopsAtItsBudgetAndTheNextGoesOn() {
        try (SqliteStore store = store()) {
            long a = article(store, "Herald", "1", HERALD, NOW);
            long b = article(store, "Gazette", "2", GAZETTE, NOW);
            story(store, List.of(a, b), NOW);
            SentenceVectorWorker worker = worker(store, InstantSource.fixed(NOW));

            assertThat(worker.runOnce(4)).isEqualTo(4);
            assertThat(store.storiesToVectorize(NOW.minus(WINDOW), 10)).hasSize(1);
            assertThat(worker.runOnce(4)).isEqualTo(2);
            assertThat(store.storiesToVectorize(NOW.minus(WINDOW), 10)).isEmpty();
            assertThat(embedded).hasValue(6);
        }
    }

    @Test
    void storiesOutsideTheWindowWaitForQuestionsAndOldVectorsArePruned() {
        try (SqliteStore store = store()) {
            long old = article(store, "Herald", "1", HERALD, NOW.minus(Duration.ofDays(5)));
            story(store, List.of(old), NOW.minus(Duration.ofDays(5)));
            long recent = article(store, "Gazette", "2", GAZETTE, NOW);
            story(store, List.of(recent), NOW);
            AtomicReference<Instant> clock = new AtomicReference<>(NOW);
            SentenceVectorWorker worker = worker(store, clock::get);

            assertThat(worker.runOnce(1000)).isEqualTo(3);
            Set<Long> keys = keys(GAZETTE);
            assertThat(store.sentenceVectors(keys)).hasSize(3);
            assertThat(store.sentenceVectors(keys(HERALD))).isEmpty();

            clock.set(NOW.plus(WINDOW.multipliedBy(2)).plusSeconds(1));
            worker.runOnce(1000);
            assertThat(store.sentenceVectors(keys)).isEmpty();
        }
    }

    @Test
    void withVectorsMadeAheadAQuestionEmbedsOnlyItselfAndGetsTheSameAnswer() {
        try (SqliteStore ahead = store();
                SqliteStore cold = new SqliteStore(SqliteConfig.at(dir.resolve("b.db")))) {
            for (SqliteStore store : List.of(ahead, cold)) {
                long a = article(store, "Herald", "1", HERALD, NOW);
                long b = article(store, "Gazette", "2", GAZETTE, NOW);
                story(store, List.of(a, b), NOW);
            }
            long story =
                    ahead.storiesToVectorize(NOW.minus(WINDOW), 1).getFirst().id();
            worker(ahead, InstantSource.fixed(NOW)).runOnce(1000);
            String question = "How many homes were evacuated?";

            embedded.set(0);
            Answer precomputed = answers(ahead).ask(story, question).orElseThrow();
            assertThat(embedded).hasValue(1);
            embedded.set(0);
            Answer embeddedNow = answers(cold).ask(story, question).orElseThrow();
            assertThat(embedded).hasValueGreaterThan(1);

            assertThat(precomputed).isInstanceOf(Answer.Answered.class).isEqualTo(embeddedNow);
        }
    }

    private SentenceVectorWorker worker(SqliteStore store, InstantSource clock) {
        return worker(store, answers(store), clock);
    }

    private SentenceVectorWorker worker(SqliteStore store, StoryAnswers answers, InstantSource clock) {
        return new SentenceVectorWorker(
                store, new ArticleBodies(store), new StorySentences(nlp), counting, answers, WINDOW, clock);
    }

    private StoryAnswers answers(SqliteStore store) {
        return answers(store, 20_000);
    }

    private StoryAnswers answers(SqliteStore store, int cachedSentences) {
        return new StoryAnswers(
                store,
                new ArticleBodies(store),
                () -> new StorySentences(nlp),
                counting,
                LlmRewrites.off(),
                cachedSentences);
    }

    @Test
    void aStoryWithAllItsVectorsHasItsIndexReadyForTheFirstQuestion() {
        try (SqliteStore store = store()) {
            long a = article(store, "Herald", "1", HERALD, NOW);
            StorySummary first = story(store, List.of(a), NOW);
            StoryAnswers answers = answers(store);
            SentenceVectorWorker worker = worker(store, answers, InstantSource.fixed(NOW));
            assertThat(answers.ready(first)).isFalse();

            worker.runOnce(1000);
            assertThat(answers.ready(first)).isTrue();

            long b = article(store, "Gazette", "2", GAZETTE, NOW);
            StorySummary second = story(store, List.of(a, b), NOW.plusSeconds(60));
            assertThat(answers.ready(second)).isFalse();
            worker.runOnce(1000);
            assertThat(answers.ready(second)).isTrue();
        }
    }

    @Test
    void afterARestartTheNewestStoriesAreReadyAgainAndOldOnesGiveWayWhenMemoryIsFull() {
        try (SqliteStore store = store()) {
            StorySummary herald = story(store, List.of(article(store, "Herald", "1", HERALD, NOW)), NOW);
            StorySummary gazette =
                    story(store, List.of(article(store, "Gazette", "2", GAZETTE, NOW)), NOW.plusSeconds(1));
            worker(store, InstantSource.fixed(NOW)).runOnce(1000);

            StoryAnswers restarted = answers(store, 4); // room for one 3-sentence story
            worker(store, restarted, InstantSource.fixed(NOW)).runOnce(1000);

            assertThat(restarted.ready(gazette)).isTrue();
            assertThat(restarted.ready(herald)).isFalse();
            restarted.prepare(herald);
            assertThat(restarted.ready(herald)).isTrue();
            assertThat(restarted.ready(gazette)).isFalse();
        }
    }

    private static Set<Long> keys(String text) {
        Set<Long> keys = new HashSet<>();
        new StorySentences(nlp)
                .of(List.of(new org.storyloom.summary.SourceArticle("x", "", text, null, "")))
                .forEach(article -> article.forEach(s -> keys.add(SentenceVectors.key(s.text()))));
        return keys;
    }

    private SqliteStore store() {
        return new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")));
    }

    private static StorySummary story(SqliteStore store, List<Long> articles, Instant updated) {
        return StoredStories.story(store, articles, updated, updated);
    }

    private static long article(SqliteStore store, String outlet, String guid, String text, Instant published) {
        return StoredStories.article(store, outlet, guid, "Warehouse fire " + guid, text, published);
    }
}
