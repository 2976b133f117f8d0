package org.storyloom.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Turns untrusted article HTML into HTML safe to embed in a page: only formatting tags, links and images survive;
 * scripts, styles, frames, forms and event handlers go; links and images keep only http(s) (and mailto for links)
 * URLs, made absolute against the article's address. Links get {@code rel="nofollow noopener"}; headings are shifted
 * down one level so the page keeps a single {@code <h1>}. Pure and thread-safe.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "abbr", "s", "del", "ins", "mark")
            .addAttributes("abbr", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addEnforcedAttribute("img", "loading", "lazy")
            .preserveRelativeLinks(false);

    private SafeHtml() {}

    /**
     * Cleans {@code html}. Relative URLs are resolved against {@code baseUrl} when it is an absolute http(s) URL and
     * dropped otherwise.
     */
    public static String clean(String html, @Nullable String baseUrl) {
        String base = httpBase(baseUrl);
        Document dirty = Jsoup.parseBodyFragment(html, base);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        demoteHeadings(clean.body());
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        return clean.body().html();
    }

    private static void demoteHeadings(Element body) {
        for (int level = 5; level >= 1; level--) {
            body.select("h" + level).tagName("h" + (level + 1));
        }
    }

    private static String httpBase(@Nullable String baseUrl) {
        if (baseUrl == null) {
            return "";
        }
        try {
            URI uri = new URI(baseUrl.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return "";
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("http") || lower.equals("https") ? uri.toString() : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
