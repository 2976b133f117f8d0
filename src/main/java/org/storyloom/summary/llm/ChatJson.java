package org.storyloom.summary.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The JSON of the chat completions protocol: the request we send and the parts of the reply we read. */
final class ChatJson {

    private final ObjectMapper json = new ObjectMapper();

    /** A non-streaming request with a system and a user message, deterministic sampling. */
    byte[] request(String model, int maxTokens, String system, String user) {
        ObjectNode root = json.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        root.put("max_tokens", maxTokens);
        root.put("temperature", 0);
        root.put("stream", false);
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("llm: cannot write a request", e); // a bug: the tree is plain text
        }
    }

    /**
     * Reads {@code choices[0].message.content} and {@code usage.total_tokens} of a 2xx reply.
     *
     * @param fallbackTokens the tokens to book when the reply reports no usage
     */
    ChatResult reply(byte[] body, long fallbackTokens) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return new ChatResult.Failed("llm: the reply is not JSON");
        }
        if (root == null || !root.isObject()) {
            return new ChatResult.Failed("llm: the reply is not a JSON object");
        }
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return new ChatResult.Failed("llm: the reply has no choices");
        }
        JsonNode content = choices.get(0).path("message").path("content");
        if (!content.isTextual()) {
            return new ChatResult.Failed("llm: the reply has no message content");
        }
        JsonNode total = root.path("usage").path("total_tokens");
        long tokens = total.canConvertToLong() && total.asLong() > 0
                ? total.asLong()
                : fallbackTokens + TokenBudget.estimate(content.asText());
        return new ChatResult.Reply(content.asText(), tokens);
    }

    /** The {@code error.message} (or {@code error}) of an error reply, shortened; empty when there is none. */
    String errorMessage(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null) {
                return "";
            }
            JsonNode error = root.path("error");
            JsonNode message = error.isObject() ? error.path("message") : error;
            if (!message.isTextual()) {
                return "";
            }
            String text = message.asText().replaceAll("\\s+", " ").strip();
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        } catch (IOException e) {
            return "";
        }
    }
}
