package org.storyloom.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Enclosure;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.ParsedFeed;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read by hand. */
final class JsonFeedParser {

    private final ObjectMapper mapper = JsonMapper.builder().build();

    FeedParseResult parse(String text, URI location) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            return new FeedParseResult.Rejected("feed: invalid JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return new FeedParseResult.Rejected("feed: JSON but not a JSON Feed object");
        }
        String version = string(root, "version");
        JsonNode items = root.path("items");
        if ((version == null || !version.contains("jsonfeed.org/version/")) && !items.isArray()) {
            return new FeedParseResult.Rejected("feed: JSON but not a JSON Feed (no version, no items)");
        }
        String feedAuthor = author(root);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                entries.add(entry(item, location, feedAuthor));
            }
        }
        String link = url(location, string(root, "home_page_url"));
        String format = version != null && version.endsWith("1.1") ? "json-1.1" : "json-1.0";
        return new FeedParseResult.Parsed(new ParsedFeed(
                format, string(root, "title"), link, string(root, "description"), string(root, "language"), entries));
    }

    private static FeedEntry entry(JsonNode item, URI location, @Nullable String feedAuthor) {
        String link = url(location, string(item, "url"));
        if (link == null) {
            link = url(location, string(item, "external_url"));
        }
        String title = string(item, "title");
        Instant published = FeedDates.parse(string(item, "date_published"));
        Instant updated = FeedDates.parse(string(item, "date_modified"));
        String id = string(item, "id");
        if (id == null) {
            id = EntryIds.derive(link, title, published);
        }
        String content = string(item, "content_html");
        if (content == null) {
            content = string(item, "content_text");
        }
        String author = author(item);
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : item.path("tags")) {
            if (tag.isValueNode() && !tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        }
        List<Enclosure> enclosures = new ArrayList<>();
        for (JsonNode attachment : item.path("attachments")) {
            String url = url(location, string(attachment, "url"));
            if (url != null) {
                long size = attachment.path("size_in_bytes").asLong(-1);
                enclosures.add(new Enclosure(url, string(attachment, "mime_type"), Math.max(-1, size)));
            }
        }
        String image = url(location, string(item, "image"));
        if (image != null) {
            enclosures.add(new Enclosure(image, "image", -1));
        }
        return new FeedEntry(
                id,
                title,
                link,
                author == null ? feedAuthor : author,
                published,
                updated,
                string(item, "summary"),
                content,
                tags,
                enclosures);
    }

    private static @Nullable String author(JsonNode node) {
        JsonNode authors = node.path("authors");
        JsonNode first = authors.isArray() && !authors.isEmpty() ? authors.get(0) : node.path("author");
        String name = string(first, "name");
        return name != null ? name : string(first, "url");
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return Texts.clean(value.asText());
    }

    private static @Nullable String url(URI location, @Nullable String value) {
        return value == null ? null : TreeNormalizer.absolute(location, value);
    }

    static String oneLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
