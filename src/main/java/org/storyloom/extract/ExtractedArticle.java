package org.storyloom.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An extracted article.
 *
 * @param metadata title, authors, times, site, canonical URL, language, description, lead image
 * @param blocks the body as structured blocks, in reading order
 * @param text the body's plain text: blocks separated by a blank line
 * @param html a sanitised HTML rendering of the body (no scripts, handlers or javascript: URLs)
 * @param bodySource which part of the cascade produced the body
 */
public record ExtractedArticle(
        ArticleMetadata metadata, List<Block> blocks, String text, String html, BodySource bodySource)
        implements Extraction {

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
    }

    /** Which stage of the body cascade produced the text. */
    public enum BodySource {
        CONTENT_SCORER,
        FALLBACK,
        RECALL_RESCUE,
        STRUCTURED_DATA
    }

    public @Nullable String title() {
        return metadata.title();
    }

    public List<String> authors() {
        return metadata.authors();
    }

    public @Nullable OffsetDateTime published() {
        return metadata.published();
    }

    public @Nullable OffsetDateTime updated() {
        return metadata.updated();
    }

    public @Nullable String siteName() {
        return metadata.siteName();
    }

    public @Nullable URI canonicalUrl() {
        return metadata.canonicalUrl();
    }

    public @Nullable String language() {
        return metadata.language();
    }

    public @Nullable String description() {
        return metadata.description();
    }

    public @Nullable URI leadImage() {
        return metadata.leadImage();
    }

    /** A copy with other blocks; text and HTML are rebuilt from them. */
    public ExtractedArticle withBlocks(List<Block> newBlocks) {
        return new ExtractedArticle(
                metadata, newBlocks, Blocks.plainText(newBlocks), Blocks.safeHtml(newBlocks), bodySource);
    }
}
