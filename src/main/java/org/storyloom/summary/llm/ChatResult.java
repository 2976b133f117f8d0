package org.storyloom.summary.llm;

import java.time.Duration;

/** The end of one chat request: the model's reply, or why there is none. */
public sealed interface ChatResult {

    /**
     * The model's reply.
     *
     * @param content the text of {@code choices[0].message.content}
     * @param totalTokens {@code usage.total_tokens}, or an estimate when the endpoint does not report usage
     */
    record Reply(String content, long totalTokens) implements ChatResult {}

    /**
     * No usable reply.
     *
     * @param reason what went wrong, starting "llm: "
     * @param retryAfter how long the endpoint asked us to wait (a 429's Retry-After), zero when it did not say
     */
    record Failed(String reason, Duration retryAfter) implements ChatResult {

        Failed(String reason) {
            this(reason, Duration.ZERO);
        }
    }
}
