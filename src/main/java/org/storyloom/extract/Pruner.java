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

    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "d-none", "is-hidden", "hide");
    private static final Pattern RESPONSIVE_DISPLAY = Pattern.compile("d-(sm|md|lg|xl|xxl)-(?!none).*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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
        if (tag.equals("aside") || e.attr("role").equals("complementary")) {
            return !holdsMarkedArticle(e);
        }
        if (FURNITURE_TAGS.contains(tag) || unlikely) {
            return !holdsArticle(e);
        }
        return false;
    }

    /**
     * A sidebar ({@code <aside>}, or the complementary role) is never the article's wrapper by its paragraphs
     * alone: widgets of recent posts, polls and author cards have many. It stays only when it holds an article
     * mark (an article, main, h1 or articleBody) and several paragraphs, as a page that misuses it does.
     */
    private static boolean holdsMarkedArticle(Element e) {
        return paragraphs(e, 4) > 3 && e.selectFirst(ARTICLE_MARKS) != null;
    }

    /** Furniture names on a wrapper that holds the article too (e.g. "content-with-sidebar") do not doom it. */
    private static boolean holdsArticle(Element e) {
        int paragraphs = paragraphs(e, 5);
        if (paragraphs >= 5) {
            return !COMMENTS.matcher(Hints.names(e)).find() || holdsNamedContent(e);
        }
        return paragraphs > 3 && e.selectFirst(ARTICLE_MARKS) != null;
    }

    /**
     * A wrapper named for comments ("commentOnSelection", which lets readers comment on the text) that holds an
     * element named for content with several paragraphs of its own ("postContent") wraps the article itself.
     */
    private static boolean holdsNamedContent(Element e) {
        for (Element inner : e.getAllElements()) {
            if (inner != e && Hints.contentNames(Hints.names(inner)) && paragraphs(inner, 5) >= 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * Server-rendered pages that stream their content (React and similar) park the whole page in a hidden
     * element that a script reveals; one that holds several paragraphs is content, not a hidden widget.
     */
    private static boolean isStreamedContent(Element e) {
        return paragraphs(e, 5) >= 5 || e.selectFirst(MAIN_OR_ARTICLE) != null;
    }

    /**
     * A utility class that hides the element at every screen size ("hidden", "d-none", "is-hidden"); a class
     * that shows it again at some size ("md:block", "d-lg-flex") means it is seen on desktops after all.
     */
    private static boolean hasHiddenClass(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        boolean hidden = false;
        for (String name : WHITE_SPACE.split(cls.strip())) {
            if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                hidden = true;
            } else if (name.indexOf(':') >= 0
                    || RESPONSIVE_DISPLAY.matcher(name).matches()) {
                return false;
            }
        }
        return hidden;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return !isStreamedContent(e);
        }
        if (e.attr("aria-hidden").equals("true") && paragraphs(e, 1) == 0) {
            return true;
        }
        if (hasHiddenClass(e)) {
            return !isStreamedContent(e);
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
