package org.storyloom.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The page's {@code <meta>} values by lower-case property, name, itemprop or http-equiv; first one wins. */
final class MetaTags {

    private final Map<String, String> values = new LinkedHashMap<>();

    MetaTags(Document doc) {
        this(doc.getElementsByTag("meta"));
    }

    /** From the page's {@code <meta>} elements, in page order. */
    MetaTags(List<Element> metas) {
        for (Element meta : metas) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    for (String k : key.split("\\s+")) {
                        values.putIfAbsent(k, content);
                    }
                }
            }
        }
    }

    /** The value of the first key, in page order, that contains {@code part} (e.g. "publish"). */
    @Nullable
    String firstContaining(String part) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().contains(part)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The first present value among the keys, in the order given. */
    @Nullable
    String first(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
