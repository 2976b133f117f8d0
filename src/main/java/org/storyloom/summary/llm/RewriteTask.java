package org.storyloom.summary.llm;

import java.util.Locale;

/**
 * What the model is asked to write from the evidence.
 *
 * @param key what the cache keys it by: {@code brief}, or {@code answer:} and the normalised question
 * @param instruction the task as the prompt states it
 */
public record RewriteTask(String key, String instruction) {

    /** Questions longer than this are cut (a question is user input, and goes into the prompt). */
    static final int MAX_QUESTION_CHARS = 300;

    /** A story brief. */
    public static RewriteTask brief() {
        return new RewriteTask(
                "brief",
                "Write a brief of this news story in at most 5 sentences: neutral in tone, the most important"
                        + " facts first, saying where the sources disagree.");
    }

    /** An answer to {@code question}, or NONE when the evidence does not answer it. */
    public static RewriteTask answer(String question) {
        String asked = question.replaceAll("\\s+", " ").strip();
        if (asked.length() > MAX_QUESTION_CHARS) {
            asked = asked.substring(0, MAX_QUESTION_CHARS);
        }
        return new RewriteTask(
                "answer:" + asked.toLowerCase(Locale.ROOT),
                "Answer this question in at most 3 sentences: \"" + asked.replace('"', '\'') + "\". If the"
                        + " evidence does not answer it, reply with the single word NONE.");
    }
}
