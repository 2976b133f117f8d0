package org.storyloom.summary.llm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.storyloom.summary.CitedSentence;

/**
 * Asks the model to rewrite cited evidence for a task, within the token budget, and keeps only the reply's
 * sentences that cite the evidence (see {@link CitedReply}).
 */
public final class CitedRewriter {

    /** The end of one rewrite. */
    public sealed interface Outcome {

        /** The model answered; {@code sentences} is empty when no sentence of its reply cited the evidence. */
        record Rewritten(List<CitedSentence> sentences, long tokens) implements Outcome {
            public Rewritten {
                sentences = List.copyOf(sentences);
            }
        }

        /** Not asked: today's token budget cannot hold the call. */
        record OverBudget(long needed, long remaining) implements Outcome {}

        /** Asked, without a usable reply. */
        record Failed(String reason, Duration retryAfter) implements Outcome {}
    }

    private final ChatClient client;
    private final TokenBudget budget;
    private final int maxOutputTokens;

    public CitedRewriter(ChatClient client, TokenBudget budget, int maxOutputTokens) {
        this.client = client;
        this.budget = budget;
        this.maxOutputTokens = maxOutputTokens;
    }

    /** Rewrites {@code evidence} for {@code task}; the evidence must not be empty. */
    public Outcome rewrite(RewriteTask task, List<CitedSentence> evidence) {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("llm: a rewrite needs evidence");
        }
        EvidencePrompt prompt = EvidencePrompt.of(task, evidence);
        long promptTokens = TokenBudget.estimate(prompt.system()) + TokenBudget.estimate(prompt.user());
        long needed = promptTokens + maxOutputTokens;
        Optional<TokenBudget.Reservation> reservation = budget.reserve(needed);
        if (reservation.isEmpty()) {
            return new Outcome.OverBudget(needed, budget.remaining());
        }
        ChatResult result = client.complete(prompt.system(), prompt.user());
        return switch (result) {
            case ChatResult.Reply reply -> {
                reservation.get().settle(reply.totalTokens());
                yield new Outcome.Rewritten(CitedReply.parse(reply.content(), prompt.evidence()), reply.totalTokens());
            }
            case ChatResult.Failed failed -> {
                reservation.get().settle(promptTokens); // the endpoint may have read the prompt: count it
                yield new Outcome.Failed(failed.reason(), failed.retryAfter());
            }
        };
    }
}
