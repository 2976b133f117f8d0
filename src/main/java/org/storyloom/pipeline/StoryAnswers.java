package org.storyloom.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;
import org.storyloom.summary.Answer;
import org.storyloom.summary.AnswerConfig;
import org.storyloom.summary.AnswerIndex;
import org.storyloom.summary.CitedSentence;
import org.storyloom.summary.QuestionAnswerer;
import org.storyloom.summary.SentenceEmbedder;
import org.storyloom.summary.StorySentence;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;

/**
 * Answers readers' questions about a story from its articles' sentences. Each story version's sentence index is
 * built once, with the sentence vectors {@link SentenceVectorWorker} made ahead of questions, and kept for the next
 * questions (up to a number of sentences in all); the worker prepares the index of each story it has made vectors
 * for, so a story's first question finds it ready. When a language model is configured, it may
 * reword a local answer from the same cited sentences; with it off or failing, the local answer stands.
 */
public final class StoryAnswers {

    /** The longest question accepted; longer ones are cut. */
    public static final int MAX_QUESTION = 300;

    /**
     * Sentences of the story indexes kept in memory at most (about 3 KB each with its vector): some 400 stories of
     * 50 sentences, or 20 of 1,000. The most recently used story stays whatever its size.
     */
    private static final int CACHED_SENTENCES = 20_000;

    private record Version(long storyId, long updated, int articles) {}

    private final Store store;
    private final StoryTexts texts;
    private final Supplier<StorySentences> sentences;
    private @Nullable StorySentences loaded;
    private final QuestionAnswerer answerer;
    private final LlmRewrites llm;
    private final boolean embeds;
    /** Story indexes by version, least recently used first; guarded by itself, as is {@link #cachedSentences}. */
    private final LinkedHashMap<Version, AnswerIndex> indexes = new LinkedHashMap<>(16, 0.75f, true);

    private final int cacheLimit;
    private int cachedSentences;

    /**
     * {@code sentences} is asked once, at the first question (loading the sentence models takes a second);
     * {@code embedder} ranks candidate sentences by meaning too, and null answers by terms alone.
     */
    public StoryAnswers(
            Store store,
            ArticleBodies bodies,
            Supplier<StorySentences> sentences,
            @Nullable SentenceEmbedder embedder,
            LlmRewrites llm) {
        this(store, bodies, sentences, embedder, llm, CACHED_SENTENCES);
    }

    /** As above, keeping indexes of at most {@code cachedSentences} sentences in all. */
    StoryAnswers(
            Store store,
            ArticleBodies bodies,
            Supplier<StorySentences> sentences,
            @Nullable SentenceEmbedder embedder,
            LlmRewrites llm,
            int cachedSentences) {
        this.cacheLimit = cachedSentences;
        this.store = store;
        this.texts = new StoryTexts(store, bodies);
        this.sentences = sentences;
        this.answerer = new QuestionAnswerer(AnswerConfig.DEFAULTS, embedder);
        this.llm = llm;
        this.embeds = embedder != null;
    }

    /** The answer to a question about a story; empty when there is no such story. */
    public Optional<Answer> ask(long storyId, String question) {
        Optional<StorySummary> story = store.findStory(storyId);
        if (story.isEmpty()) {
            return Optional.empty();
        }
        String asked = question.strip();
        if (asked.length() > MAX_QUESTION) {
            asked = asked.substring(0, MAX_QUESTION);
        }
        StorySummary s = story.get();
        Answer local = answerer.answer(index(s), asked);
        if (local instanceof Answer.Answered answered && llm.enabled()) {
            Optional<List<CitedSentence>> reworded =
                    llm.answer(String.valueOf(storyId), s.lastUpdated().toEpochMilli(), asked, answered.support());
            if (reworded.isPresent() && !reworded.get().isEmpty()) {
                return Optional.of(new Answer.Answered(asked, reworded.get()));
            }
        }
        return Optional.of(local);
    }

    private synchronized StorySentences splitter() {
        StorySentences s = loaded;
        if (s == null) {
            s = sentences.get();
            loaded = s;
        }
        return s;
    }

    /** The vectors made ahead of questions for the sentences, in story order; null for those with none. */
    private List<float @Nullable []> storedVectors(List<List<StorySentence>> story) {
        List<Long> keys = new ArrayList<>();
        story.forEach(article -> article.forEach(s -> keys.add(SentenceVectors.key(s.text()))));
        Map<Long, byte[]> stored = store.sentenceVectors(new HashSet<>(keys));
        List<float @Nullable []> out = new ArrayList<>(keys.size());
        for (long key : keys) {
            byte[] bytes = stored.get(key);
            out.add(bytes == null ? null : SentenceVectors.decode(bytes));
        }
        return out;
    }

    /**
     * Builds the story version's index now, with the sentence vectors stored so far, so that its first question
     * finds it ready; replaces one built before for the same version.
     */
    public void prepare(StorySummary story) {
        keep(version(story), build(story));
    }

    /** As {@link #prepare(StorySummary)}, from the story's articles already split into sentences. */
    void prepare(StorySummary story, List<List<StorySentence>> split) {
        keep(version(story), indexOf(split));
    }

    /** Whether this version of the story has its index in memory. */
    boolean ready(StorySummary story) {
        synchronized (indexes) {
            return indexes.containsKey(version(story));
        }
    }

    private AnswerIndex index(StorySummary story) {
        Version version = version(story);
        synchronized (indexes) {
            AnswerIndex cached = indexes.get(version);
            if (cached != null) {
                return cached;
            }
        }
        return keep(version, build(story));
    }

    private AnswerIndex build(StorySummary story) {
        return indexOf(splitter().of(texts.articles(story.id())));
    }

    private AnswerIndex indexOf(List<List<StorySentence>> split) {
        return embeds ? AnswerIndex.of(split, storedVectors(split)) : AnswerIndex.of(split);
    }

    private AnswerIndex keep(Version version, AnswerIndex index) {
        synchronized (indexes) {
            AnswerIndex replaced = indexes.put(version, index);
            cachedSentences += index.size() - (replaced == null ? 0 : replaced.size());
            var eldest = indexes.entrySet().iterator();
            while (cachedSentences > cacheLimit && indexes.size() > 1) {
                cachedSentences -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
        return index;
    }

    private static Version version(StorySummary story) {
        return new Version(story.id(), story.lastUpdated().toEpochMilli(), story.articleCount());
    }
}
