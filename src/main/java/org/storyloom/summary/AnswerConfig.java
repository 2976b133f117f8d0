package org.storyloom.summary;

/**
 * How {@link QuestionAnswerer} retrieves and when it abstains.
 *
 * @param candidates sentences taken from each ranking (BM25, embedding) before fusion
 * @param depth fused candidates checked for support, best first
 * @param fusionK the constant of reciprocal rank fusion
 * @param ownCoverage share of the question's term weight the supporting sentence itself must hold
 * @param coverage share of the question's term weight the sentence with its context (lead, previous sentence)
 *     must hold
 * @param similarityFloor least cosine between question and sentence vectors, when embeddings are used
 * @param sameThing TF-IDF cosine from which two sentences count as reporting the same thing
 * @param maxSupport most supporting sentences in an answer
 */
public record AnswerConfig(
        int candidates,
        int depth,
        int fusionK,
        double ownCoverage,
        double coverage,
        double similarityFloor,
        double sameThing,
        int maxSupport) {

    /** The settings the Q&A evaluation was run with. */
    public static final AnswerConfig DEFAULTS = new AnswerConfig(16, 8, 60, 0.4, 0.75, 0.3, 0.6, 3);
}
