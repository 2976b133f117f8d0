package org.storyloom.extract;

import org.jsoup.nodes.Element;

/**
 * Teaser cards: the "more stories" tiles around an article, each a linked headline with a one-paragraph summary.
 * Their summary reads like prose, so the recall rescue asks here before taking a paragraph.
 */
final class Teasers {

    private static final int LEVELS = 4;

    private Teasers() {}

    /** The paragraph is link text, or the only paragraph of a small box that also holds a linked headline. */
    static boolean isTeaser(Element p, TextStats stats) {
        Element box = p.parent();
        for (int level = 0; level < LEVELS && box != null && !box.nameIs("body"); level++) {
            if (box.nameIs("a")) {
                return true;
            }
            if (stats.get(box).paragraphs > 1) {
                return false;
            }
            if (hasLinkedHeadline(box)) {
                return true;
            }
            box = box.parent();
        }
        return false;
    }

    private static boolean hasLinkedHeadline(Element box) {
        for (Element child : box.children()) {
            String tag = child.normalName();
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '5';
            if (heading && (child.parent() != null && child.parent().nameIs("a") || child.selectFirst("a") != null)) {
                return true;
            }
        }
        return false;
    }
}
