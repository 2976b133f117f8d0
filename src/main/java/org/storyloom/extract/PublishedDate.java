package org.storyloom.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The publication date cascade: the article's structured data and meta tags, then any JSON-LD node or meta key
 * that names a publication, {@code <time>} elements, a date written by the headline or in a date-named element,
 * a publication date in the page's script data, and last a date in the page's or its canonical URL.
 */
final class PublishedDate {

    private static final Evaluator TIME_PUBDATE = Selector.evaluatorOf("time[pubdate]");
    private static final Evaluator TIME_DATETIME =
            Selector.evaluatorOf("article time[datetime], main time[datetime], time[datetime]");
    private static final Evaluator HNEWS_PUBLISHED = Selector.evaluatorOf(".hentry .published, .h-entry .dt-published");

    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\"(?:datePublished|publishedAt|publishDate|publishedDate|published_at|publish_date|date_published"
                    + "|firstPublished|first_published_at)\\\\?\"\\s*:\\s*\\\\?\"([0-9][^\"\\\\]{7,34})");

    private PublishedDate() {}

    static @Nullable OffsetDateTime find(Document doc, PageMarks marks, URI url, MetaTags meta, JsonLd.Found ld) {
        JsonNode article = ld.article();
        OffsetDateTime found = MetadataReader.firstDate(
                JsonLd.text(article, "datePublished"),
                meta.first(MetadataReader.PUBLISHED_KEYS),
                MetadataReader.itemprop(marks, "datePublished"),
                marks.hasTime() ? MetadataReader.attr(doc.selectFirst(TIME_PUBDATE), "datetime") : null,
                marks.hasHEntry() ? hNews(doc) : null,
                JsonLd.text(article, "dateCreated"),
                ld.anyPublished(),
                meta.firstContaining("publish"));
        if (found != null) {
            return found;
        }
        Element time = marks.hasTime() ? doc.selectFirst(TIME_DATETIME) : null;
        found = time == null ? null : MetadataReader.firstDate(time.attr("datetime"), time.text());
        if (found == null) {
            found = VisibleDates.byHeadline(doc);
        }
        if (found == null) {
            found = VisibleDates.find(doc);
        }
        if (found == null) {
            found = inScripts(doc);
        }
        if (found == null) {
            found = Dates.fromUrl(url.toString());
        }
        if (found == null) {
            String canonical = MetadataReader.firstNonBlank(MetadataReader.canonical(doc, marks), meta.first("og:url"));
            found = canonical == null ? null : Dates.fromUrl(canonical);
        }
        return found;
    }

    private static @Nullable String hNews(Document doc) {
        Element e = doc.selectFirst(HNEWS_PUBLISHED);
        if (e == null) {
            return null;
        }
        return MetadataReader.firstNonBlank(e.attr("datetime"), e.attr("title"), e.text());
    }

    /** A publication date in the page's script data (framework state, analytics), e.g. "publishedAt":"...". */
    static @Nullable OffsetDateTime inScripts(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            if (data.length() > 3_000_000) {
                continue;
            }
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                OffsetDateTime t = Dates.parse(m.group(1));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
