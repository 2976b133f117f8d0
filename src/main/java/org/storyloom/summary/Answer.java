package org.storyloom.summary;

import java.util.List;

/** What {@link QuestionAnswerer} says to a question: supporting sentences with citations, or that the sources do not say. */
public sealed interface Answer {

    /** The question as asked. */
    String question();

    /**
     * The sources answer the question.
     *
     * @param question the question as asked
     * @param support one to three sentences that answer it, best first, each cited with every article that reports
     *     the same thing
     */
    record Answered(String question, List<CitedSentence> support) implements Answer {

        public Answered {
            support = List.copyOf(support);
            if (support.isEmpty()) {
                throw new IllegalArgumentException("summary: an answer needs a supporting sentence");
            }
        }
    }

    /**
     * Nothing in the sources supports an answer: the honest "the sources do not say".
     *
     * @param question the question as asked
     */
    record NotInSources(String question) implements Answer {}
}
