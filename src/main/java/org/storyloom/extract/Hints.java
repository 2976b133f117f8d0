package org.storyloom.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Class and id names that say whether an element is content or page furniture. */
final class Hints {

    /** Words of page furniture names: such an element is removed before scoring unless it looks like content. */
    private static final Set<String> UNLIKELY = Set.of(
            "ad",
            "ads",
            "adv",
            "advert",
            "advertisement",
            "banner",
            "breadcrumb",
            "breadcrumbs",
            "combx",
            "comment",
            "comments",
            "community",
            "cookie",
            "consent",
            "disqus",
            "footer",
            "gdpr",
            "masthead",
            "menu",
            "modal",
            "navbar",
            "nav",
            "newsletter",
            "outbrain",
            "taboola",
            "pagination",
            "pager",
            "popup",
            "promo",
            "related",
            "remark",
            "replies",
            "rss",
            "share",
            "sharing",
            "shoutbox",
            "sidebar",
            "skyscraper",
            "social",
            "sponsor",
            "sponsored",
            "subscribe",
            "subscription",
            "signup",
            "toolbar",
            "tools",
            "trending",
            "mostpopular",
            "most-popular",
            "morestories",
            "more-stories",
            "readmore",
            "read-more",
            "recommended",
            "recirc",
            "donate",
            "paywall",
            "print",
            "skip",
            "tag",
            "tags",
            "taglist",
            "tag-list",
            "tagslist",
            "tags-list",
            "topics",
            "byline",
            "authorbio",
            "author-bio",
            "bio",
            "disclaimer",
            "cta",
            "jump");

    /** Parts that mark furniture anywhere in a name. */
    private static final String[] UNLIKELY_PARTS = {
        "sharebar",
        "socialbar",
        "sharetools",
        "share-tools",
        "relatedposts",
        "related-posts",
        "relatedarticles",
        "related-articles",
        "relatedcontent",
        "related-content",
        "relatedstories",
        "related-stories",
        "relatedlinks",
        "related-links",
        "adslot",
        "ad-slot",
        "adsbygoogle",
        "newsletter",
        "cookie",
        "comment"
    };

    /** Parts of article content names: protect an element from removal and raise its score. */
    private static final String[] LIKELY = {
        "article", "body", "content", "entry", "main", "page", "post", "story", "text", "blog", "prose"
    };

    /** Words that lower a container's score. */
    private static final Set<String> NEGATIVE = Set.of(
            "hidden",
            "banner",
            "combx",
            "comment",
            "contact",
            "foot",
            "footer",
            "footnote",
            "masthead",
            "media",
            "meta",
            "outbrain",
            "promo",
            "related",
            "scroll",
            "share",
            "shoutbox",
            "sidebar",
            "skyscraper",
            "sponsor",
            "shopping",
            "tags",
            "tool",
            "widget",
            "social",
            "subscribe",
            "newsletter",
            "nav",
            "menu",
            "ad",
            "ads",
            "advert",
            "byline",
            "author",
            "caption",
            "credit");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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
    /** Names that say article content ("post-content", "articleBody") and nothing unlikely. */
    static boolean contentNames(String names) {
        return !names.isEmpty() && NameWords.hasPart(names, LIKELY) && !isUnlikelyWord(names);
    }

    static boolean unlikelyNames(String names) {
        if (names.isEmpty() || !isUnlikelyWord(names)) {
            return false;
        }
        return !NameWords.hasPart(stripUnlikely(names), LIKELY);
    }

    /** +25 for content names, -25 for furniture names, 0 otherwise. */
    static int classWeight(Element e) {
        return classWeight(names(e));
    }

    /** {@link #classWeight(Element)} of a class and id string. */
    static int classWeight(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NameWords.hasWord(names, NEGATIVE)) {
            weight -= 25;
        }
        if (NameWords.hasPart(names, LIKELY)) {
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

    private static boolean isUnlikelyWord(String names) {
        return NameWords.hasWord(names, UNLIKELY) || NameWords.hasPart(names, UNLIKELY_PARTS);
    }

    /** Removes the furniture words so "article-comments" is judged by "article" only when more remains. */
    private static String stripUnlikely(String names) {
        StringBuilder kept = new StringBuilder();
        for (String token : WHITE_SPACE.split(names)) {
            if (!isUnlikelyWord(token)) {
                kept.append(token).append(' ');
            }
        }
        return kept.toString();
    }
}
