package org.storyloom.pipeline;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Enclosure;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.NewArticle;
import org.storyloom.text.HtmlText;
import org.storyloom.text.SafeHtml;
import org.storyloom.url.CanonicalUrl;

/** Turns a feed entry into the article to store: canonical URL, a title, sanitised HTML and its plain text. */
final class EntryMapper {

    private static final int TITLE_FROM_TEXT = 120;

    private EntryMapper() {}

    /** The article, or empty when the entry has no web address at all (nothing a reader could open). */
    static Optional<NewArticle> toArticle(Feed feed, FeedEntry entry, Instant fetchedAt) {
        Optional<String> url = address(entry);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String bodyHtml = entry.content() != null ? entry.content() : entry.summary();
        String contentHtml = bodyHtml == null ? null : SafeHtml.clean(bodyHtml, url.get());
        String text = contentHtml == null ? null : HtmlText.of(contentHtml);
        String summary = entry.summary() == null ? null : HtmlText.of(entry.summary());
        return Optional.of(new NewArticle(
                feed.id(),
                feed.sourceId(),
                url.get(),
                entry.id(),
                title(entry, text),
                entry.author(),
                entry.published() != null ? entry.published() : entry.updated(),
                entry.updated(),
                blankToNull(summary),
                blankToNull(contentHtml),
                blankToNull(text),
                null,
                fetchedAt));
    }

    private static Optional<String> address(FeedEntry entry) {
        if (entry.link() != null) {
            Optional<String> link = CanonicalUrl.of(entry.link());
            if (link.isPresent()) {
                return link;
            }
        }
        Optional<String> fromId = CanonicalUrl.of(entry.id());
        if (fromId.isPresent()) {
            return fromId;
        }
        for (Enclosure e : entry.enclosures()) {
            Optional<String> media = CanonicalUrl.of(e.url());
            if (media.isPresent()) {
                return media;
            }
        }
        return Optional.empty();
    }

    private static String title(FeedEntry entry, @Nullable String text) {
        if (entry.title() != null && !entry.title().isBlank()) {
            return HtmlText.of(entry.title());
        }
        if (text != null && !text.isBlank()) {
            String first = text.lines().findFirst().orElse(text).strip();
            return first.length() <= TITLE_FROM_TEXT
                    ? first
                    : first.substring(0, TITLE_FROM_TEXT).strip() + "…";
        }
        return "(untitled)";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
