package org.storyloom.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Class and id names that say whether an element is content or page furniture. */
final class Hints {

    /** Names of page furniture: removed before scoring unless the element also looks like content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(^|[-_ ])(ad|ads|adv|advert|advertisement|banner|breadcrumbs?|combx|comments?|community|cookie|consent"
                    + "|disqus|footer|gdpr|masthead|menu|modal|navbar|nav|newsletter|outbrain|taboola|pagination"
                    + "|pager|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper"
                    + "|social|sponsor|sponsored|subscribe|subscription|signup|toolbar|tools|trending"
                    + "|most-?popular|more-?stories|read-?more|recommended|recirc|donate|paywall|print|skip"
                    + "|tags?|tag-?list|topics|byline|author-?bio|bio|disclaimer|jump)([-_ ]|$)"
                    + "|sharebar|socialbar|share-?tools|related-?(posts|articles|content|stories|links)|ad-?slot"
                    + "|adsbygoogle|newsletter|cookie|comment",
            Pattern.CASE_INSENSITIVE);

    /** Names of article content: protect an element from removal and raise its score. */
    private static final Pattern LIKELY = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|story|text|blog|prose|richtext",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATIVE = Pattern.compile(
            "(^|[-_ ])(hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain"
                    + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|social|subscribe|newsletter|nav|menu|ad|ads|advert|byline|author|caption|credit)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);

    private Hints() {}

    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? cls : cls + " " + id;
    }

    /** True when the names mark page furniture and nothing marks content. */
    static boolean unlikely(Element e) {
        return unlikelyNames(names(e)) || roleIsFurniture(e);
    }

    /** The name part of {@link #unlikely}: a pure function of the class and id string, so callers may cache it. */
    static boolean unlikelyNames(String names) {
        if (names.isEmpty() || !UNLIKELY.matcher(names).find()) {
            return false;
        }
        return !LIKELY.matcher(stripUnlikely(names)).find();
    }

    /** +25 for content names, -25 for furniture names, 0 otherwise. */
    static int classWeight(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (LIKELY.matcher(names).find()) {
            weight += 25;
        }
        return weight;
    }

    static boolean roleIsFurniture(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return switch (role) {
            case "navigation",
                    "banner",
                    "complementary",
                    "contentinfo",
                    "menu",
                    "menubar",
                    "dialog",
                    "alert",
                    "search" -> true;
            default -> false;
        };
    }

    /** Removes the furniture words so "article-comments" is judged by "article" only when more remains. */
    private static String stripUnlikely(String names) {
        StringBuilder kept = new StringBuilder();
        for (String token : names.split("\\s+")) {
            if (!UNLIKELY.matcher(token).find()) {
                kept.append(token).append(' ');
            }
        }
        return kept.toString();
    }
}
