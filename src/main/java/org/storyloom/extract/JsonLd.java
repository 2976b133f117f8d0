package org.storyloom.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Reads schema.org JSON-LD: the article object (also inside {@code @graph}) and the site's name. */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "reviewnewsarticle",
            "blogposting",
            "liveblogposting",
            "techarticle",
            "scholarlyarticle",
            "report",
            "socialmediaposting",
            "posting",
            "review",
            "satiricalarticle",
            "advertisercontentarticle",
            "medicalwebpage",
            "recipe",
            "howto",
            "discussionforumposting");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();

    /**
     * The article node, the site name, typed nodes by id, and the first {@code datePublished} of any node (a
     * WebPage often carries it when no Article node exists).
     */
    record Found(
            @Nullable JsonNode article,
            @Nullable String siteName,
            Map<String, JsonNode> byId,
            @Nullable String anyPublished) {}

    Found read(Document doc) {
        return read(PageMarks.of(doc));
    }

    /** Reads the JSON-LD scripts that {@code marks} found. */
    Found read(PageMarks marks) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : marks.ldScripts()) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > 2_000_000) {
                continue;
            }
            try {
                flatten(mapper.readTree(json), nodes, 0);
            } catch (Exception e) {
                // a broken JSON-LD block is common and says nothing: the other sources of metadata stand in
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode article = null;
        String site = null;
        String anyPublished = null;
        for (JsonNode node : nodes) {
            if (anyPublished == null) {
                anyPublished = text(node, "datePublished");
            }
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
            if (isArticle(node) && (article == null || better(node, article))) {
                article = node;
            }
            if (site == null && hasType(node, "website")) {
                String name = node.path("name").asText("").strip();
                site = name.isEmpty() ? null : name;
            }
        }
        return new Found(article, site, byId, anyPublished);
    }

    private static boolean better(JsonNode candidate, JsonNode current) {
        return candidate.has("articleBody") && !current.has("articleBody")
                || candidate.has("headline") && !current.has("headline");
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 6 || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                flatten(child, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    static boolean isArticle(JsonNode node) {
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasType(JsonNode node, String type) {
        return types(node).contains(type);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> out = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText("").toLowerCase(Locale.ROOT)));
        } else if (type.isTextual()) {
            out.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Text of a field that may be a string, an object with a name/url, or an array of those. */
    static List<String> names(@Nullable JsonNode node, Map<String, JsonNode> byId, String field) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                out.addAll(names(child, byId, field));
            }
        } else if (node.isTextual()) {
            out.add(node.asText().strip());
        } else if (node.isObject()) {
            JsonNode resolved = node;
            if (!node.has(field)
                    && node.has("@id")
                    && byId.containsKey(node.get("@id").asText())) {
                resolved = byId.get(node.get("@id").asText());
            }
            JsonNode value = resolved.get(field);
            if (value != null && value.isTextual()) {
                out.add(value.asText().strip());
            } else if (value != null && value.isArray()) {
                out.addAll(names(value, byId, field));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    static @Nullable String text(@Nullable JsonNode article, String field) {
        if (article == null) {
            return null;
        }
        JsonNode value = article.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        String text = value.isTextual() ? value.asText().strip() : null;
        return text == null || text.isEmpty() ? null : text;
    }
}
