package org.storyloom.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/** Removes what is never article text: scripts, forms' controls, hidden parts and page furniture. */
final class Pruner {

    private static final Evaluator ARTICLE_MARKS = Selector.evaluatorOf("article, [itemprop=articleBody], h1, main");
    private static final Evaluator MAIN_OR_ARTICLE = Selector.evaluatorOf("main, article");

    private static final Set<String> ALWAYS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "canvas",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "link",
            "meta",
            "nav",
            "dialog",
            "audio",
            "video",
            "source",
            "map",
            "math",
            "head",
            "title",
            "base",
            "frame",
            "frameset",
            "applet",
            "param",
            "track",
            "menu");

    private static final Set<String> FURNITURE_TAGS = Set.of("aside", "footer", "header");

    private static final Pattern COMMENTS =
            Pattern.compile("comment|disqus|repl(y|ies)|respond", Pattern.CASE_INSENSITIVE);

    private Pruner() {}

    /** Prunes the tree under {@code root} in place. */
    static void prune(Element root) {
        Map<String, Boolean> unlikelyByNames = new HashMap<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Comment) {
                            return FilterResult.REMOVE;
                        }
                        if (node instanceof Element e && e != root && shouldGo(e, unlikelyByNames)) {
                            return FilterResult.REMOVE;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }

    private static boolean shouldGo(Element e, Map<String, Boolean> unlikelyByNames) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag) || isHidden(e)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        boolean unlikely =
                unlikelyByNames.computeIfAbsent(Hints.names(e), Hints::unlikelyNames) || Hints.roleIsFurniture(e);
        if (FURNITURE_TAGS.contains(tag) || unlikely) {
            return !holdsArticle(e);
        }
        return false;
    }

    /** Furniture names on a wrapper that holds the article too (e.g. "content-with-sidebar") do not doom it. */
    private static boolean holdsArticle(Element e) {
        int paragraphs = paragraphs(e, 5);
        if (paragraphs >= 5 && !COMMENTS.matcher(Hints.names(e)).find()) {
            return true;
        }
        return paragraphs > 3 && e.selectFirst(ARTICLE_MARKS) != null;
    }

    /**
     * Server-rendered pages that stream their content (React and similar) park the whole page in a hidden
     * element that a script reveals; one that holds several paragraphs is content, not a hidden widget.
     */
    private static boolean isStreamedContent(Element e) {
        return paragraphs(e, 5) >= 5 || e.selectFirst(MAIN_OR_ARTICLE) != null;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return !isStreamedContent(e);
        }
        if (e.attr("aria-hidden").equals("true") && paragraphs(e, 1) == 0) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * The {@code <p>} elements in {@code root}'s subtree (root included), counted up to {@code limit}: the
     * callers only ask whether there are at least that many, so the count stops there.
     */
    static int paragraphs(Element root, int limit) {
        int n = 0;
        @Nullable Element e = root;
        while (e != null) {
            if (e.nameIs("p") && ++n >= limit) {
                return n;
            }
            @Nullable Element next = e.firstElementChild();
            while (next == null && e != null && e != root) {
                next = e.nextElementSibling();
                if (next == null) {
                    e = e.parent();
                }
            }
            e = next;
        }
        return n;
    }
}
