package org.storyloom.summary.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Where and how to reach a chat model, and how much of it to use. Off by default: with {@code enabled} false
 * nothing is ever sent.
 *
 * @param enabled whether the model is used at all
 * @param endpoint base URL of an OpenAI-compatible API, such as {@code http://127.0.0.1:11434/v1}; requests go
 *     to {@code {endpoint}/chat/completions}
 * @param model the model name the endpoint knows, such as {@code llama3.2}
 * @param apiKey sent as {@code Authorization: Bearer} when not empty
 * @param dailyTokens tokens (prompt and reply) that may be spent per UTC day
 * @param timeout deadline of one request, connection and whole reply included
 * @param maxOutputTokens cap on the tokens of one reply ({@code max_tokens})
 */
public record LlmConfig(
        boolean enabled,
        URI endpoint,
        String model,
        String apiKey,
        long dailyTokens,
        Duration timeout,
        int maxOutputTokens) {

    /** The endpoint Ollama serves by default. */
    public static final URI OLLAMA = URI.create("http://127.0.0.1:11434/v1");

    public LlmConfig {
        endpoint = checkEndpoint(endpoint);
        if (enabled && model.isBlank()) {
            throw new IllegalArgumentException("llm: a model name is required when the model is on");
        }
        if (apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("llm: the API key must be printable ASCII without spaces");
        }
        if (dailyTokens <= 0) {
            throw new IllegalArgumentException("llm: the daily token budget must be positive, got " + dailyTokens);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("llm: the request timeout must be positive, got " + timeout);
        }
        if (maxOutputTokens < 16 || maxOutputTokens > 32_768) {
            throw new IllegalArgumentException(
                    "llm: max output tokens must be between 16 and 32768, got " + maxOutputTokens);
        }
    }

    /** Off: the default. */
    public static LlmConfig off() {
        return new LlmConfig(false, OLLAMA, "", "", 200_000, Duration.ofSeconds(60), 512);
    }

    /**
     * On, with default limits (200,000 tokens a day, 60 s per request, 512 output tokens).
     *
     * @param endpoint the API's base URL, such as {@code http://127.0.0.1:11434/v1}
     * @param model the model name
     * @param apiKey the key, or empty for none
     */
    public static LlmConfig on(String endpoint, String model, String apiKey) {
        URI uri;
        try {
            uri = new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("llm: the endpoint is not a URL: " + endpoint, e);
        }
        LlmConfig base = off();
        return new LlmConfig(
                true, uri, model.strip(), apiKey.strip(), base.dailyTokens, base.timeout, base.maxOutputTokens);
    }

    /** This configuration with other limits. */
    public LlmConfig withLimits(long dailyTokens, Duration timeout, int maxOutputTokens) {
        return new LlmConfig(enabled, endpoint, model, apiKey, dailyTokens, timeout, maxOutputTokens);
    }

    /** The chat completions URL. */
    public URI chatCompletions() {
        String base = endpoint.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "LlmConfig[enabled=" + enabled + ", endpoint=" + endpoint + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "none" : "set") + ", dailyTokens=" + dailyTokens + ", timeout=" + timeout
                + ", maxOutputTokens=" + maxOutputTokens + "]";
    }

    private static URI checkEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("llm: the endpoint must be an http or https URL, got " + endpoint);
        }
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("llm: the endpoint has no host: " + endpoint);
        }
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("llm: put the API key in the key setting, not in the endpoint URL");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("llm: the endpoint must be a base URL without query or fragment");
        }
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        if (path.endsWith("/chat/completions") || path.endsWith("/chat/completions/")) {
            throw new IllegalArgumentException(
                    "llm: give the API's base URL (such as http://127.0.0.1:11434/v1), not /chat/completions");
        }
        return endpoint;
    }
}
