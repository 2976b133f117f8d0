package org.storyloom.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An extracted article. A value like a record (equal when its parts are equal); its sanitised HTML is rendered
 * when first asked for, since many callers need only the text.
 *
 * <p>Parts: {@code metadata} (title, authors, times, site, canonical URL, language, description, lead image),
 * {@code blocks} (the body as structured blocks, in reading order), {@code text} (the body's plain text: blocks
 * separated by a blank line), {@code html} (a sanitised HTML rendering of the body: no scripts, handlers or
 * javascript: URLs), {@code bodySource} (which part of the cascade produced the body).
 */
public final class ExtractedArticle implements Extraction {

    private final ArticleMetadata metadata;
    private final List<Block> blocks;
    private final String text;
    private final BodySource bodySource;
    private volatile @Nullable String html;

    public ExtractedArticle(
            ArticleMetadata metadata, List<Block> blocks, String text, String html, BodySource bodySource) {
        this(metadata, blocks, text, bodySource);
        this.html = html;
    }

    private ExtractedArticle(ArticleMetadata metadata, List<Block> blocks, String text, BodySource bodySource) {
        this.metadata = metadata;
        this.blocks = List.copyOf(blocks);
        this.text = text;
        this.bodySource = bodySource;
    }

    /** An article whose HTML is rendered from its blocks on first use. */
    static ExtractedArticle of(ArticleMetadata metadata, List<Block> blocks, String text, BodySource bodySource) {
        return new ExtractedArticle(metadata, blocks, text, bodySource);
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public String text() {
        return text;
    }

    /** The sanitised HTML rendering of the body, rendered once on first use. */
    public String html() {
        String h = html;
        if (h == null) {
            h = Blocks.safeHtml(blocks);
            html = h;
        }
        return h;
    }

    public BodySource bodySource() {
        return bodySource;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ExtractedArticle a
                && metadata.equals(a.metadata)
                && blocks.equals(a.blocks)
                && text.equals(a.text)
                && bodySource == a.bodySource
                && html().equals(a.html());
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, blocks, text, html(), bodySource);
    }

    @Override
    public String toString() {
        return "ExtractedArticle[metadata=" + metadata + ", blocks=" + blocks + ", text=" + text + ", html=" + html()
                + ", bodySource=" + bodySource + "]";
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
        return of(metadata, newBlocks, Blocks.plainText(newBlocks), bodySource);
    }
}
