package org.storyloom.extract;

import org.jspecify.annotations.Nullable;

/**
 * The page holds no article: not an article page, empty, a paywalled stub, or unreadable input. The metadata
 * the page states (title, byline, dates) is kept when the page could be read, since it is judged apart from
 * the body: a page whose body cannot be found still names its headline.
 */
public record NoArticle(String reason, @Nullable ArticleMetadata metadata) implements Extraction {

    /** No article and nothing read from the page. */
    public NoArticle(String reason) {
        this(reason, null);
    }
}
