package org.storyloom.app;

import java.time.InstantSource;
import java.util.Map;
import org.storyloom.summary.llm.LlmConfig;
import org.storyloom.summary.llm.LlmRewrites;

/**
 * The optional language model, from the environment: {@code STORYLOOM_LLM_URL} (an OpenAI-compatible endpoint such
 * as {@code http://127.0.0.1:11434/v1}), {@code STORYLOOM_LLM_MODEL} and, when the endpoint needs one,
 * {@code STORYLOOM_LLM_KEY}. Off unless both URL and model are set.
 */
final class LlmSettings {

    private LlmSettings() {}

    static LlmRewrites from(Map<String, String> env, InstantSource clock) {
        String url = env.getOrDefault("STORYLOOM_LLM_URL", "").strip();
        String model = env.getOrDefault("STORYLOOM_LLM_MODEL", "").strip();
        if (url.isEmpty() || model.isEmpty()) {
            return LlmRewrites.off();
        }
        return new LlmRewrites(
                LlmConfig.on(
                        url, model, env.getOrDefault("STORYLOOM_LLM_KEY", "").strip()),
                clock);
    }
}
