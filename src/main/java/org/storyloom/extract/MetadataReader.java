package org.storyloom.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The metadata cascade: JSON-LD first, then OpenGraph and other meta tags, microdata, hNews, the page itself. */
final class MetadataReader {

    static final String[] PUBLISHED_KEYS = {
        "article:published_time",
        "og:published_time",
        "article:published",
        "published_time",
        "datepublished",
        "article.published",
        "parsely-pub-date",
        "sailthru.date",
        "publish-date",
        "publish_date",
        "publishdate",
        "pubdate",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "dcterms.created",
        "date",
        "citation_publication_date",
        "citation_date",
        "article_date_original",
        "original-publish-date",
        "og:pubdate"
    };
    static final String[] UPDATED_KEYS = {
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "article.updated",
        "dcterms.modified",
        "last-modified",
        "lastmod"
    };

    private MetadataReader() {}

    static ArticleMetadata read(Document doc, PageMarks marks, URI url, JsonLd.Found ld) {
        MetaTags meta = new MetaTags(marks.metas());
        JsonNode article = ld.article();
        String siteName = firstNonBlank(
                meta.first("og:site_name"),
                article == null ? null : first(JsonLd.names(article.get("publisher"), ld.byId(), "name")),
                ld.siteName(),
                meta.first("application-name"));
        String title =
                Titles.choose(doc, JsonLd.text(article, "headline"), meta.first("og:title", "twitter:title"), siteName);
        List<String> structuredAuthors =
                article == null ? List.of() : JsonLd.names(article.get("author"), ld.byId(), "name");
        Bylines.Found authors = Bylines.find(doc, marks, meta, structuredAuthors, siteName);
        OffsetDateTime published = PublishedDate.find(doc, marks, url, meta, ld);
        OffsetDateTime updated = firstDate(
                JsonLd.text(article, "dateModified"), meta.first(UPDATED_KEYS), itemprop(marks, "dateModified"));
        return new ArticleMetadata(
                title,
                authors.authors(),
                authors.byline(),
                published,
                updated,
                siteName,
                uri(url, firstNonBlank(canonical(doc, marks), meta.first("og:url"), JsonLd.text(article, "url"))),
                language(doc, meta, article),
                firstNonBlank(
                        meta.first("og:description", "description", "twitter:description"),
                        JsonLd.text(article, "description")),
                uri(
                        url,
                        firstNonBlank(
                                meta.first("og:image", "og:image:url", "twitter:image", "twitter:image:src"),
                                article == null ? null : first(JsonLd.names(article.get("image"), ld.byId(), "url")))));
    }

    static @Nullable String canonical(Document doc, PageMarks marks) {
        return marks.hasCanonical() ? attr(marks.canonicalLink(), "href") : null;
    }

    static @Nullable String itemprop(PageMarks marks, String name) {
        Element e = marks.itemprop(name);
        if (e == null) {
            return null;
        }
        return firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static @Nullable String language(Document doc, MetaTags meta, @Nullable JsonNode article) {
        Element html = doc.selectFirst("html");
        String raw = firstNonBlank(
                html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"),
                meta.first("content-language", "og:locale", "language", "dc.language"),
                JsonLd.text(article, "inLanguage"));
        if (raw == null) {
            return null;
        }
        String tag = raw.strip().replace('_', '-').split("[,;\\s]")[0].toLowerCase(Locale.ROOT);
        return tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*") ? tag : null;
    }

    static @Nullable OffsetDateTime firstDate(@Nullable String... raws) {
        for (String raw : raws) {
            OffsetDateTime t = Dates.parse(raw);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static @Nullable String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    static @Nullable String attr(@Nullable Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static @Nullable URI uri(URI base, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        try {
            URI resolved = base.resolve(raw.strip().replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
