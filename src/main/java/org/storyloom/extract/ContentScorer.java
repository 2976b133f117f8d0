package org.storyloom.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content by scoring: every paragraph-like element gives points (one, plus its commas, plus
 * one per 100 characters up to three) to its parent, half to its grandparent and a sixth and ninth further up;
 * a container's total is scaled down by its link density and shifted by its class names. The best container,
 * widened to an ancestor that holds several near-best ones, is the body; good siblings join it.
 */
final class ContentScorer {

    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "table",
            "ul",
            "ol",
            "dl",
            "blockquote",
            "pre",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "main",
            "header",
            "footer",
            "aside",
            "form",
            "address",
            "hr");

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();

    ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that make up the body, in document order; empty when nothing scored. */
    List<Element> choose(Element root) {
        for (Element e : root.getAllElements()) {
            if (isParagraphLike(e)) {
                TextStats.Counts c = stats.get(e);
                scoreParagraph(e, c.chars, c.commas);
            } else if (e.nameIs("div") || e.nameIs("article") || e.nameIs("section")) {
                scoreOwnText(e);
            }
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble(this::score).reversed());
        Element top = widen(ranked, root);
        return withSiblings(top);
    }

    private double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return !tag.equals("section") || !hasBlockChild(e);
        }
        return tag.equals("div") && !hasBlockChild(e) && hasOwnText(e);
    }

    /** Text written straight into a container between its blocks (with {@code <br>}s) counts as paragraphs. */
    private void scoreOwnText(Element e) {
        int chars = 0;
        int commas = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (!InlineText.isSpace(ch)) {
                        chars++;
                        commas += ch == ',' ? 1 : 0;
                    }
                }
            }
        }
        if (chars >= 100) {
            scores.computeIfAbsent(e, this::initial);
            scores.merge(e, 1 + commas + Math.min(chars / 100.0, 3), Double::sum);
            scoreParagraph(e, chars, commas);
        }
    }

    private void scoreParagraph(Element e, int chars, int commas) {
        if (chars < 25) {
            return;
        }
        double points = 1 + commas + Math.min(chars / 100.0, 3);
        Element ancestor = e.parent();
        for (int level = 0; level < 4 && ancestor != null && !ancestor.nameIs("html"); level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Double old = scores.get(ancestor);
            scores.put(ancestor, (old == null ? initial(ancestor) : old) + points / divider);
            ancestor = ancestor.parent();
        }
    }

    private double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = Hints.names(e);
        return base + (names.isEmpty() ? 0 : weights.computeIfAbsent(names, Hints::classWeight));
    }

    private Element widen(List<Element> ranked, Element root) {
        Element top = ranked.get(0);
        double best = score(top);
        List<Element> near = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (score(ranked.get(i)) >= best * 0.75) {
                near.add(ranked.get(i));
            }
        }
        if (near.size() >= 2) {
            for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
                int held = 0;
                for (Element alt : near) {
                    if (isAncestor(parent, alt)) {
                        held++;
                    }
                }
                if (held >= 2) {
                    top = parent;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, 0.0);
        for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < last / 3) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.nameIs("p") && goodLoneParagraph(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private boolean goodLoneParagraph(Element p) {
        int chars = stats.chars(p);
        double density = stats.linkDensity(p);
        if (chars > 80) {
            return density < 0.25;
        }
        return chars > 0 && density == 0 && p.text().matches(".*\\.( |$).*");
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return !e.children().isEmpty();
    }
}
