package org.storyloom.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * Puts streamed parts of a server-rendered page back where the browser shows them. React and similar
 * frameworks send a page's slow parts late: a placeholder {@code <template id="B:n">} followed by fallback
 * content ("Loading paragraph...") up to a {@code <!--/$-->} marker, and at the end of the body a hidden
 * {@code <div id="S:n">} holding the real part, which a script ({@code $RC("B:n","S:n")}) moves into place. An
 * article streamed this way is otherwise scattered over hidden blocks in the order they finished, its fallback
 * text standing where its paragraphs belong. The script's pairs are used when present; without them a segment
 * goes to the placeholder with its number.
 */
final class StreamedSegments {

    private static final Pattern MOVE = Pattern.compile("\\$R[CS]\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");

    private StreamedSegments() {}

    /** Moves each hidden segment into its placeholder, dropping the fallback; returns how many moved. */
    static int restore(Element body) {
        if (!hasPlaceholder(body)) {
            return 0;
        }
        Map<String, Element> placeholders = new HashMap<>();
        Map<String, Element> segments = new HashMap<>();
        Map<String, String> moves = new HashMap<>();
        for (Element e : body.getAllElements()) {
            String id = e.id();
            if (e.nameIs("template") && (id.startsWith("B:") || id.startsWith("P:"))) {
                placeholders.put(id, e);
            } else if (e.nameIs("div") && id.startsWith("S:") && e.hasAttr("hidden")) {
                segments.put(id, e);
            } else if (e.nameIs("script") && !placeholders.isEmpty()) {
                readMoves(e, moves);
            }
        }
        if (placeholders.isEmpty() || segments.isEmpty()) {
            return 0;
        }
        int moved = 0;
        for (Map.Entry<String, Element> placeholder : placeholders.entrySet()) {
            String boundary = placeholder.getKey();
            String segmentId = moves.getOrDefault(boundary, "S:" + boundary.substring(2));
            boolean hasFallback = boundary.startsWith("B:");
            Element segment = segments.remove(segmentId);
            if (segment != null
                    && placeholder.getValue().parent() != null
                    && !isInside(placeholder.getValue(), segment)) {
                replace(placeholder.getValue(), segment, hasFallback);
                moved++;
            }
        }
        return moved;
    }

    /** A cheap screen: most pages have no {@code <template>} at all, and this walk builds no list of them all. */
    private static boolean hasPlaceholder(Element body) {
        for (Element template : body.getElementsByTag("template")) {
            String id = template.id();
            if (id.startsWith("B:") || id.startsWith("P:")) {
                return true;
            }
        }
        return false;
    }

    private static void readMoves(Element script, Map<String, String> moves) {
        for (DataNode data : script.dataNodes()) {
            Matcher m = MOVE.matcher(data.getWholeData());
            while (m.find()) {
                if (m.group(1).startsWith("S:")) {
                    moves.put(m.group(2), m.group(1));
                } else {
                    moves.put(m.group(1), m.group(2));
                }
            }
        }
    }

    /** The placeholder and its fallback (up to the closing marker, when there is one) give way to the segment. */
    private static void replace(Element placeholder, Element segment, boolean hasFallback) {
        List<Node> fallback = new ArrayList<>();
        boolean closed = false;
        for (@Nullable Node n = hasFallback ? placeholder.nextSibling() : null; n != null; n = n.nextSibling()) {
            if (n instanceof Comment c && c.getData().strip().equals("/$")) {
                closed = true;
                break;
            }
            fallback.add(n);
        }
        List<Node> parts = new ArrayList<>(segment.childNodes());
        for (Node part : parts) {
            part.remove();
        }
        Element parent = placeholder.parent();
        if (parent != null) {
            parent.insertChildren(placeholder.siblingIndex(), parts);
        }
        placeholder.remove();
        if (closed) {
            fallback.forEach(Node::remove);
        }
        segment.remove();
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
