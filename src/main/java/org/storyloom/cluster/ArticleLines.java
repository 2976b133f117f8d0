package org.storyloom.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Parses one line of article JSON ({@code storyloom cluster} input): an object with id and title or text. */
public final class ArticleLines {

    /** A line read: an article, or the reason it was skipped. */
    public sealed interface Parsed {
        /** A usable article. */
        record Good(StoryStage.Incoming article) implements Parsed {}

        /** A line that is skipped, with why. */
        record Bad(String reason) implements Parsed {}
    }

    private final ObjectMapper mapper;

    public ArticleLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Parsed parse(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (Exception e) {
            return new Parsed.Bad("not JSON");
        }
        if (node == null || !node.isObject()) {
            return new Parsed.Bad("not a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null
                || !(id.isTextual() || id.isIntegralNumber())
                || id.asText().isBlank()) {
            return new Parsed.Bad("no id");
        }
        String title = text(node, "title");
        String body = text(node, "text");
        if (title.isBlank() && body.isBlank()) {
            return new Parsed.Bad("no title and no text for " + id.asText());
        }
        String published = text(node, "published");
        return new Parsed.Good(new StoryStage.Incoming(
                id.asText(), title, body, time(published), nullable(node, "source"), nullable(node, "url")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static @Nullable String nullable(JsonNode node, String field) {
        String value = text(node, field);
        return value.isBlank() ? null : value;
    }

    private static @Nullable Instant time(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
