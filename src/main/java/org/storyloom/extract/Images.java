package org.storyloom.extract;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Picks the real picture address of an {@code img}, lazy-loading attributes included. */
final class Images {

    private static final String[] ATTRIBUTES = {"src", "data-src", "data-lazy-src", "data-original", "data-url"};

    private Images() {}

    static @Nullable String source(Element img) {
        for (String attr : ATTRIBUTES) {
            String url = img.absUrl(attr);
            if (url.startsWith("http") && !url.startsWith("data:")) {
                return url;
            }
        }
        String srcset = img.attr("srcset");
        if (!srcset.isBlank()) {
            String first = srcset.strip().split("[\\s,]+")[0];
            return first.startsWith("http") ? first : null;
        }
        return null;
    }
}
