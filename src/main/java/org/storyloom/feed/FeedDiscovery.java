package org.storyloom.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the feeds an HTML page offers, so a user can paste a site's address: {@code <link rel="alternate">} of a
 * feed type first (RSS and Atom before JSON Feed), then links whose address looks like a feed (/feed, /rss.xml, ...).
 * Addresses come back absolute and de-duplicated.
 */
public final class FeedDiscovery {

    private static final Set<String> XML_TYPES = Set.of(
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
            "application/x.atom+xml",
            "application/x-atom+xml",
            "text/xml",
            "application/xml");
    private static final Set<String> JSON_TYPES = Set.of("application/feed+json", "application/json");
    private static final Pattern FEEDISH = Pattern.compile(
            "(?i).*(/feeds?/?|/rss/?|/atom/?|/index\\.(rss|xml|atom)|[/.](rss|atom)(\\.xml)?|/feed\\.(xml|json)"
                    + "|/rss2?\\.xml|/atom\\.xml|/feeds/posts/default)$");

    /** Feed addresses offered by {@code html}, fetched from {@code pageUrl}, best first. */
    public List<URI> discover(byte[] html, @Nullable String contentType, URI pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), pageUrl.toString());
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        Set<URI> xml = new LinkedHashSet<>();
        Set<URI> json = new LinkedHashSet<>();
        for (Element link : page.select("link[href][rel]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            if (!rels.contains("alternate") && !rels.contains("feed")) {
                continue;
            }
            String type =
                    link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (XML_TYPES.contains(type) || (type.isEmpty() && rels.contains("feed"))) {
                add(xml, link.absUrl("href"));
            } else if (JSON_TYPES.contains(type)) {
                add(json, link.absUrl("href"));
            }
        }
        Set<URI> anchors = new LinkedHashSet<>();
        for (Element anchor : page.select("a[href]")) {
            String href = anchor.absUrl("href");
            String path = href.replaceFirst("[?#].*$", "");
            if (FEEDISH.matcher(path).matches()) {
                add(anchors, href);
            }
        }
        Set<URI> all = new LinkedHashSet<>(xml);
        all.addAll(json);
        all.addAll(anchors);
        return new ArrayList<>(all);
    }

    private static void add(Set<URI> found, String href) {
        if (!href.startsWith("http://") && !href.startsWith("https://")) {
            return;
        }
        URI uri = TreeNormalizer.resolve(URI.create("http://localhost/"), href);
        if (uri != null && uri.getHost() != null) {
            found.add(uri.normalize());
        }
    }

    private static @Nullable String charset(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).replaceAll("[\"';].*$", "").strip();
        return Charset.isSupported(name) ? name : null;
    }
}
