package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

    @Test
    void isOffByDefault() {
        assertThat(LlmConfig.off().enabled()).isFalse();
        assertThat(LlmRewrites.off().enabled()).isFalse();
    }

    @Test
    void postsToChatCompletionsUnderTheBaseUrl() {
        assertThat(LlmConfig.on("http://127.0.0.1:11434/v1", "llama3.2", "").chatCompletions())
                .isEqualTo(URI.create("http://127.0.0.1:11434/v1/chat/completions"));
        assertThat(LlmConfig.on(" https://api.example.com/v1/ ", "m", "k").chatCompletions())
                .isEqualTo(URI.create("https://api.example.com/v1/chat/completions"));
    }

    @Test
    void neverShowsTheKey() {
        assertThat(LlmConfig.on("http://127.0.0.1:11434/v1", "m", "sk-secret").toString())
                .doesNotContain("sk-secret")
                .contains("apiKey=set");
    }

    @Test
    void rejectsWhatCannotWorkWithMessagesThatSayWhy() {
        assertRejected(() -> LlmConfig.on("http://127.0.0.1:11434/v1", " ", ""), "llm: a model name is required");
        assertRejected(() -> LlmConfig.on("ftp://host/v1", "m", ""), "llm: the endpoint must be an http or https URL");
        assertRejected(
                () -> LlmConfig.on("localhost:11434", "m", ""), "llm: the endpoint must be an http or https URL");
        assertRejected(() -> LlmConfig.on("http://a b/", "m", ""), "llm: the endpoint is not a URL");
        assertRejected(() -> LlmConfig.on("http://user:pw@host/v1", "m", ""), "llm: put the API key in the key");
        assertRejected(() -> LlmConfig.on("http://host/v1?x=1", "m", ""), "llm: the endpoint must be a base URL");
        assertRejected(() -> LlmConfig.on("http://host/v1/chat/completions", "m", ""), "llm: give the API's base URL");
        assertRejected(() -> LlmConfig.on("http://host/v1", "m", "sk key"), "llm: the API key must be printable");
        LlmConfig on = LlmConfig.on("http://host/v1", "m", "");
        assertRejected(
                () -> on.withLimits(0, Duration.ofSeconds(1), 64), "llm: the daily token budget must be positive");
        assertRejected(() -> on.withLimits(10, Duration.ZERO, 64), "llm: the request timeout must be positive");
        assertRejected(() -> on.withLimits(10, Duration.ofSeconds(1), 8), "llm: max output tokens must be between");
    }

    private static void assertRejected(Runnable make, String message) {
        assertThatThrownBy(make::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
