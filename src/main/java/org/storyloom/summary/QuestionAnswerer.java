package org.storyloom.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers a question about an article or a story from its sentences, or says that the sources do not. Retrieval
 * ranks sentences by BM25 over folded terms and, when an embedder is given, by embedding similarity, and fuses the
 * two rankings by reciprocal rank. A candidate supports an answer only when it passes every check: the question's
 * content terms, weighted by rarity, are covered by the sentence (and, in part, by its article's lead and the
 * sentence before it, which set its context); it holds the kind of answer asked for (who: a name, when: a date,
 * how many: a number, where: a place name); and, with embeddings, it is close enough in meaning. Names and numbers
 * the question uses that the story never mentions make it abstain outright. Near-identical sentences from other
 * articles are merged into one supporting sentence that cites them all. Pure apart from the index's vector cache.
 */
public final class QuestionAnswerer {

    /** A sentence that supposes rather than reports ("If we assume ...") supports nothing. */
    private static final java.util.regex.Pattern HYPOTHETICAL =
            java.util.regex.Pattern.compile("^(If|Unless|Suppose|Supposing|Assuming)\\b|\\b(we|you|I) assume\\b");

    /** The constant of reciprocal rank fusion. */
    private static final int FUSION_K = 60;
    /** Most supporting sentences in an answer. */
    private static final int MAX_SUPPORT = 3;
    /** TF-IDF cosine from which two sentences count as reporting the same thing. */
    private static final double SAME_THING = 0.6;

    private final AnswerConfig config;
    private final @Nullable SentenceEmbedder embedder;

    /** Answers with BM25 alone. */
    public QuestionAnswerer() {
        this(AnswerConfig.DEFAULTS, null);
    }

    /** Answers with BM25 and, when {@code embedder} is given, embedding similarity. */
    public QuestionAnswerer(AnswerConfig config, @Nullable SentenceEmbedder embedder) {
        this.config = config;
        this.embedder = embedder;
    }

    /** Answers a question from a story's sentences (each inner list one article's); prepares them each call. */
    public Answer answer(List<List<StorySentence>> story, String question) {
        return answer(AnswerIndex.of(story), question);
    }

    /** Answers a question from a prepared story. */
    public Answer answer(AnswerIndex index, String question) {
        Question q = Question.of(question);
        if (q.terms().isEmpty() || index.size() == 0 || namesUnknown(index, q)) {
            return new Answer.NotInSources(question);
        }
        Retrieval found = retrieve(index, q, question);
        List<Integer> passing = new ArrayList<>();
        for (int k = 0; k < Math.min(config.depth(), found.fused().size()); k++) {
            int i = found.fused().get(k);
            if (supports(index, q, i, found.questionVector())) {
                passing.add(i);
            }
        }
        if (passing.isEmpty()) {
            return new Answer.NotInSources(question);
        }
        return new Answer.Answered(question, cite(index, passing));
    }

    /** The fused ranking of a question's candidate sentences, and the question's vector when embeddings are used. */
    private record Retrieval(List<Integer> fused, float @Nullable [] questionVector) {}

    /** A name the question uses that the story never mentions: the sources cannot answer it. */
    private static boolean namesUnknown(AnswerIndex index, Question q) {
        for (String name : q.names()) {
            if (index.documentFrequency(name) == 0) {
                return true;
            }
        }
        return false;
    }

    /** BM25 candidates and, with an embedder, their ranking by meaning, fused by reciprocal rank. */
    private Retrieval retrieve(AnswerIndex index, Question q, String question) {
        List<Integer> lexical = lexical(index, q);
        if (embedder == null || lexical.isEmpty()) {
            return new Retrieval(fuse(lexical, List.of()), null);
        }
        float[] questionVector = embedQuestion(index, question, lexical);
        return new Retrieval(fuse(lexical, dense(index, questionVector, lexical)), questionVector);
    }

    /**
     * The best sentences by BM25 read in context (a sentence's own score plus a share of the score of the sentence
     * before it in its article, so that "The 55-year-old said ..." after a sentence naming the person is found)
     * among those that hold the kind of answer asked for: answer-type filtering before ranking.
     */
    private List<Integer> lexical(AnswerIndex index, Question q) {
        Map<Integer, Double> own = index.bm25(q.terms());
        Map<Integer, Double> scores = new HashMap<>(own);
        own.forEach((i, score) -> {
            int next = i + 1;
            if (next < index.size()
                    && index.sentence(next).article() == index.sentence(i).article()) {
                scores.merge(next, config.previousWeight() * score, Double::sum);
            }
        });
        scores.keySet().removeIf(i -> !index.couldAnswer(i, q.expects()));
        return top(scores, config.candidates());
    }

    private float[] embedQuestion(AnswerIndex index, String question, List<Integer> lexical) {
        SentenceEmbedder model = java.util.Objects.requireNonNull(embedder);
        if (index.fullyEmbedded()) {
            return model.embed(List.of(question)).get(0);
        }
        return index.embedWith(question, lexical, model);
    }

    /** The sentences ranked by cosine to the question: all of them when all have vectors, else the candidates. */
    private List<Integer> dense(AnswerIndex index, float[] question, List<Integer> lexical) {
        Map<Integer, Double> scores = new HashMap<>();
        boolean all = index.fullyEmbedded();
        int n = all ? index.size() : lexical.size();
        for (int k = 0; k < n; k++) {
            int i = all ? k : lexical.get(k);
            float[] v = index.embedding(i);
            if (v != null) {
                scores.put(i, dot(question, v));
            }
        }
        return top(scores, config.candidates());
    }

    /** Reciprocal rank fusion of two rankings (the second may be empty). */
    private List<Integer> fuse(List<Integer> lexical, List<Integer> dense) {
        Map<Integer, Double> scores = new HashMap<>();
        for (int r = 0; r < lexical.size(); r++) {
            scores.merge(lexical.get(r), 1.0 / (FUSION_K + r + 1), Double::sum);
        }
        for (int r = 0; r < dense.size(); r++) {
            scores.merge(dense.get(r), 1.0 / (FUSION_K + r + 1), Double::sum);
        }
        return top(scores, scores.size());
    }

    /** Whether sentence {@code i} supports an answer to the question: coverage, answer kind, meaning. */
    boolean supports(AnswerIndex index, Question q, int i, float @Nullable [] questionVector) {
        return check(index, q, i, questionVector).passes();
    }

    /**
     * Why sentence {@code i} does or does not support an answer to the question, for diagnostics: its rank in
     * the fused retrieval and the figures each check compares.
     */
    public String explain(AnswerIndex index, String question, int i) {
        Question q = Question.of(question);
        Retrieval found = retrieve(index, q, question);
        int rank = found.fused().indexOf(i);
        return "rank " + rank + " " + check(index, q, i, found.questionVector()) + " terms " + q.terms() + " expects "
                + q.expects();
    }

    /**
     * The check figures of the fused candidates, best first, as {@link #answer} weighs them (empty when the
     * question names something the story never mentions): for tuning and diagnostics.
     */
    List<Map.Entry<Integer, Check>> candidates(AnswerIndex index, String question) {
        Question q = Question.of(question);
        if (namesUnknown(index, q)) {
            return List.of();
        }
        Retrieval found = retrieve(index, q, question);
        List<Map.Entry<Integer, Check>> out = new ArrayList<>();
        for (int i : found.fused()) {
            out.add(Map.entry(i, check(index, q, i, found.questionVector())));
        }
        return out;
    }

    /** The figures of the support checks for one sentence. */
    record Check(double own, double context, double missing, boolean kind, double similarity, AnswerConfig config) {

        /** Passes every check; a similarity of NaN means no vectors, so no meaning checks. */
        boolean passes() {
            boolean vectors = !Double.isNaN(similarity);
            boolean close = vectors && similarity >= config.rescueSimilarity();
            return context >= config.coverage()
                    && (missing <= config.missingTerm() || close && missing <= config.rescuedMissing())
                    && kind
                    && (!vectors || similarity >= config.similarityFloor());
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "own %.2f context %.2f missing %.2f kind %s cosine %.2f",
                    own,
                    context,
                    missing,
                    kind,
                    similarity);
        }
    }

    private Check check(AnswerIndex index, Question q, int i, float @Nullable [] questionVector) {
        Set<String> own = new HashSet<>(index.terms(i));
        Set<String> context = new HashSet<>(own);
        context.addAll(index.terms(index.lead(i)));
        if (i > 0 && index.sentence(i - 1).article() == index.sentence(i).article()) {
            context.addAll(index.terms(i - 1));
        }
        double total = 0;
        double inOwn = 0;
        double inContext = 0;
        double missing = 0;
        for (String term : q.terms()) {
            double w = index.idf(term);
            total += w;
            inOwn += own.contains(term) ? w : 0;
            inContext += context.contains(term) ? w : 0;
            missing = context.contains(term) ? missing : Math.max(missing, w);
        }
        String text = index.sentence(i).text();
        boolean kind = AnswerTypes.present(q, text, index.names())
                && !HYPOTHETICAL.matcher(text).find();
        float[] v = index.embedding(i);
        double similarity = questionVector == null || v == null ? Double.NaN : dot(questionVector, v);
        return new Check(inOwn / total, inContext / total, missing / total, kind, similarity, config);
    }

    /** Up to the configured number of supporting sentences, near-duplicates merged, each cited with its echoes. */
    private List<CitedSentence> cite(AnswerIndex index, List<Integer> passing) {
        List<Integer> chosen = new ArrayList<>();
        for (int i : passing) {
            if (chosen.size() == MAX_SUPPORT) {
                break;
            }
            boolean echo = false;
            for (int c : chosen) {
                echo |= index.similarity(c, i) >= SAME_THING;
            }
            if (!echo) {
                chosen.add(i);
            }
        }
        List<CitedSentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            StorySentence s = index.sentence(i);
            Set<String> sources = new LinkedHashSet<>();
            sources.add(s.articleId());
            for (int j = 0; j < index.size(); j++) {
                if (index.sentence(j).article() != s.article() && index.similarity(i, j) >= SAME_THING) {
                    sources.add(index.sentence(j).articleId());
                }
            }
            out.add(new CitedSentence(s.text(), s.articleId(), s.index(), List.copyOf(sources)));
        }
        return out;
    }

    private static List<Integer> top(Map<Integer, Double> scores, int limit) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
