package org.storyloom.extract;

import java.net.URI;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from a page: metadata and body, each by its own cascade. Pure and thread-safe; never
 * throws for bad input: unreadable or empty pages come back as {@link NoArticle}.
 */
public final class Extractor {

    private final ExtractorConfig config;
    private final JsonLd jsonLd = new JsonLd();

    public Extractor() {
        this(ExtractorConfig.defaults());
    }

    public Extractor(ExtractorConfig config) {
        this.config = config;
    }

    /** Extracts from page bytes, decoding them with the HTTP charset, BOM, meta charset or sniffing. */
    public Extraction extract(byte[] page, @Nullable String contentType, URI url) {
        try {
            return extract(PageDecoder.decode(page, contentType), url);
        } catch (RuntimeException e) {
            return new NoArticle("extract: undecodable page: " + e.getClass().getSimpleName());
        }
    }

    /** Extracts from page text; {@code url} resolves relative links and is the last source of a date. */
    public Extraction extract(String html, URI url) {
        try {
            return extractOrFail(html, url);
        } catch (RuntimeException | StackOverflowError e) {
            return new NoArticle(
                    "extract: page could not be read: " + e.getClass().getSimpleName());
        }
    }

    private Extraction extractOrFail(String html, URI url) {
        String input = html.length() > config.maxChars() ? html.substring(0, config.maxChars()) : html;
        if (input.isBlank()) {
            return new NoArticle("extract: empty page");
        }
        Parser parser = Parser.htmlParser().setMaxDepth(config.maxDepth());
        Document doc = parser.parseInput(input, url.toString());
        PageMarks marks = PageMarks.of(doc);
        JsonLd.Found ld = jsonLd.read(marks);
        ArticleMetadata metadata = MetadataReader.read(doc, marks, url, ld);
        BodyCascade.Body body = new BodyCascade(config.maxDepth()).extract(doc, ld.article(), metadata.title());
        String text = Blocks.plainText(body.blocks());
        if (text.isBlank()) {
            return new NoArticle("extract: no article text on the page");
        }
        if (Paywall.isStub(ld.article(), text)) {
            return new NoArticle("extract: paywalled stub");
        }
        return ExtractedArticle.of(metadata, body.blocks(), text, body.source());
    }
}
