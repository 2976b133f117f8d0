package org.storyloom.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A story's sentences prepared for questions: BM25 postings over folded terms, the words the story writes as
 * names, TF-IDF vectors for telling which sentences report the same thing, and sentence vectors, given or filled
 * in as questions need them. Made once per story version and shared; thread-safe.
 */
public final class AnswerIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<StorySentence> sentences;
    private final List<List<String>> terms;
    private final Map<String, List<Integer>> postings;
    private final double averageLength;
    private final AnswerNames names;
    private final TermVectors weights;
    private final List<Map<String, Double>> vectors;
    private final Map<Integer, Integer> leads;
    private final AtomicReferenceArray<float @Nullable []> embeddings;
    /** Per sentence, which kinds of answer have been checked (high 16 bits) and which it could give (low 16). */
    private final AtomicIntegerArray kinds;

    private AnswerIndex(List<StorySentence> sentences) {
        this.sentences = List.copyOf(sentences);
        this.terms = new ArrayList<>(sentences.size());
        this.postings = new HashMap<>();
        this.leads = new HashMap<>();
        long length = 0;
        for (int i = 0; i < sentences.size(); i++) {
            StorySentence sentence = sentences.get(i);
            List<String> folded = AnswerTerms.fold(sentence.terms());
            terms.add(folded);
            length += folded.size();
            for (String term : new HashSet<>(folded)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
            leads.putIfAbsent(sentence.article(), i);
        }
        this.averageLength = sentences.isEmpty() ? 1 : Math.max(1.0, (double) length / sentences.size());
        this.names = AnswerNames.of(sentences);
        this.weights = TermVectors.over(sentences);
        this.vectors = new ArrayList<>(sentences.size());
        for (StorySentence sentence : sentences) {
            vectors.add(weights.vector(sentence.terms()));
        }
        this.embeddings = new AtomicReferenceArray<>(sentences.size());
        this.kinds = new AtomicIntegerArray(sentences.size());
    }

    /** The index of a story's sentences (each inner list one article's, as {@link StorySentences} gives them). */
    public static AnswerIndex of(List<List<StorySentence>> story) {
        List<StorySentence> all = new ArrayList<>();
        story.forEach(all::addAll);
        return new AnswerIndex(all);
    }

    /**
     * The index with sentence vectors known up front (unit vectors, one entry per sentence in story order, null
     * where none is known), as a cache made ahead of questions keeps them: questions then embed themselves and
     * only those of their candidate sentences that have none.
     */
    public static AnswerIndex of(List<List<StorySentence>> story, List<? extends float @Nullable []> sentenceVectors) {
        AnswerIndex index = of(story);
        if (sentenceVectors.size() != index.size()) {
            throw new IllegalArgumentException(
                    "summary: " + sentenceVectors.size() + " vectors for " + index.size() + " sentences");
        }
        for (int i = 0; i < sentenceVectors.size(); i++) {
            index.embeddings.set(i, sentenceVectors.get(i));
        }
        return index;
    }

    /** How many sentences the story has. */
    public int size() {
        return sentences.size();
    }

    StorySentence sentence(int i) {
        return sentences.get(i);
    }

    List<String> terms(int i) {
        return terms.get(i);
    }

    AnswerNames names() {
        return names;
    }

    /**
     * Whether the sentence could give the kind of answer asked for (the exact check also reads the question);
     * checked on first need and remembered, so building the index reads no sentence for its kinds.
     */
    boolean couldAnswer(int i, Question.Expects expects) {
        int bit = 1 << expects.ordinal();
        int known = kinds.get(i);
        if ((known & bit << 16) != 0) {
            return (known & bit) != 0;
        }
        boolean could = AnswerTypes.couldGive(sentences.get(i).text(), expects, names);
        kinds.accumulateAndGet(i, bit << 16 | (could ? bit : 0), (a, b) -> a | b);
        return could;
    }

    /** Sentences of the story in which the term occurs. */
    int documentFrequency(String term) {
        List<Integer> list = postings.get(term);
        return list == null ? 0 : list.size();
    }

    /** BM25 inverse document frequency; a term the story never uses weighs most. */
    double idf(String term) {
        double n = sentences.size();
        double df = documentFrequency(term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** BM25 scores of the sentences that share a term with the query, by sentence position. */
    Map<Integer, Double> bm25(List<String> query) {
        Map<Integer, Double> scores = new HashMap<>();
        for (String term : query) {
            List<Integer> hits = postings.get(term);
            if (hits == null) {
                continue;
            }
            double idf = idf(term);
            for (int i : hits) {
                int tf = 0;
                for (String t : terms.get(i)) {
                    if (t.equals(term)) {
                        tf++;
                    }
                }
                double norm = tf + K1 * (1 - B + B * terms.get(i).size() / averageLength);
                scores.merge(i, idf * tf * (K1 + 1) / norm, Double::sum);
            }
        }
        return scores;
    }

    /** The position of the first sentence of the sentence's article: its lead, which sets the context. */
    int lead(int i) {
        return leads.getOrDefault(sentences.get(i).article(), i);
    }

    /** The TF-IDF cosine of two sentences. */
    double similarity(int a, int b) {
        return TermVectors.dot(vectors.get(a), vectors.get(b));
    }

    /** Whether every sentence already has a vector. */
    boolean fullyEmbedded() {
        for (int i = 0; i < embeddings.length(); i++) {
            if (embeddings.get(i) == null) {
                return false;
            }
        }
        return !sentences.isEmpty();
    }

    /** The vector of a sentence, when known. */
    float @Nullable [] embedding(int i) {
        return embeddings.get(i);
    }

    /**
     * Embeds the question together with the given sentences that have no vector yet, in one call; keeps the
     * sentences' vectors and returns the question's.
     */
    float[] embedWith(String question, List<Integer> positions, SentenceEmbedder embedder) {
        List<Integer> missing = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(question);
        for (int i : positions) {
            if (embeddings.get(i) == null) {
                missing.add(i);
                texts.add(sentences.get(i).text());
            }
        }
        List<float[]> out = embedder.embed(texts);
        for (int k = 0; k < missing.size(); k++) {
            embeddings.set(missing.get(k), out.get(k + 1));
        }
        return out.get(0);
    }
}
