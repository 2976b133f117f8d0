package org.storyloom.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** A page the publisher marks as not free whose visible text is only a teaser. */
final class Paywall {

    /** Below this many characters a marked page shows a teaser, not the article. */
    static final int TEASER_CHARS = 200;

    private Paywall() {}

    static boolean isStub(@Nullable JsonNode article, String text) {
        if (article == null || text.length() >= TEASER_CHARS) {
            return false;
        }
        JsonNode free = article.get("isAccessibleForFree");
        return free != null && (free.asText().equalsIgnoreCase("false") || free.isBoolean() && !free.asBoolean());
    }
}
