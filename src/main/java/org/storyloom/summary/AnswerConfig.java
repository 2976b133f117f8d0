package org.storyloom.summary;

/**
 * How {@link QuestionAnswerer} retrieves and when it abstains. The share figures are of the question's content
 * term weight (BM25 inverse document frequency over the story's sentences).
 *
 * @param candidates sentences taken from each ranking (BM25, embedding) before fusion
 * @param depth fused candidates checked for support, best first
 * @param previousWeight share of the BM25 score of the sentence before that a sentence adds to its own
 * @param coverage least share the sentence with its context (its article's lead, the sentence before) must hold
 * @param missingTerm the largest share one term missing from the sentence and its context may carry
 * @param similarityFloor least cosine between question and sentence vectors, when embeddings are used
 * @param rescuedMissing the largest share a missing term may carry when the sentence is close in meaning
 * @param rescueSimilarity the cosine from which a sentence counts as close in meaning (a paraphrase)
 */
public record AnswerConfig(
        int candidates,
        int depth,
        double previousWeight,
        double coverage,
        double missingTerm,
        double similarityFloor,
        double rescuedMissing,
        double rescueSimilarity) {

    /**
     * The settings the Q&A evaluation was run with (src/test/resources/org/storyloom/summary/qa-questions.txt):
     * chosen as round figures on a plateau of that set, not per story.
     */
    public static final AnswerConfig DEFAULTS = new AnswerConfig(16, 8, 0.5, 0.5, 0.3, 0.2, 0.45, 0.6);
}
