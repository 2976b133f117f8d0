package org.storyloom.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reshapes near-miss documents into a form the format mapper knows: RSS without a channel or with a namespace,
 * Atom under an old or unofficial namespace, Atom 0.3 base64 content, and CDF channels (read as RSS 2.0).
 */
final class FormatRepair {

    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String ATOM10 = "http://www.w3.org/2005/Atom";
    private static final String RSS10 = "http://purl.org/rss/1.0/";
    private static final Set<String> RSS_VERSIONS = Set.of("0.90", "0.91", "0.92", "0.93", "0.94", "2.0");

    private static final Map<String, String> CAMEL_CASE = Map.of(
            "pubdate", "pubDate",
            "lastbuilddate", "lastBuildDate",
            "managingeditor", "managingEditor",
            "webmaster", "webMaster",
            "textinput", "textInput",
            "skiphours", "skipHours",
            "skipdays", "skipDays",
            "ispermalink", "isPermaLink");

    private FormatRepair() {}

    static void repair(Document document) {
        Element root = document.getRootElement();
        String name = root.getName().toLowerCase(Locale.ROOT);
        switch (name) {
            case "rss" -> rss(root);
            case "feed" -> atom(root);
            case "rdf" -> rdf(root);
            case "channel" -> document.setRootElement(Cdf.toRss(root.detach()));
            default -> {}
        }
    }

    private static void rss(Element root) {
        root.setName("rss");
        if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            moveNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE, 0);
        }
        canonicalNames(root, 0);
        String version = root.getAttributeValue("version");
        if (version == null || !RSS_VERSIONS.contains(version.strip())) {
            root.setAttribute("version", "2.0");
        }
        if (root.getChild("channel") == null) {
            Element channel = new Element("channel");
            for (Element child : List.copyOf(root.getChildren())) {
                channel.addContent(child.detach());
            }
            root.addContent(channel);
        }
    }

    /** RSS element names as the spec spells them, whatever case the feed used. */
    private static void canonicalNames(Element element, int depth) {
        if (depth > 100) {
            return;
        }
        if (element.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            String lower = element.getName().toLowerCase(Locale.ROOT);
            element.setName(CAMEL_CASE.getOrDefault(lower, lower));
        }
        for (Element child : element.getChildren()) {
            canonicalNames(child, depth + 1);
        }
    }

    private static void atom(Element root) {
        String uri = root.getNamespaceURI();
        if (!uri.equals(ATOM03) && !uri.equals(ATOM10)) {
            String target = "0.3".equals(root.getAttributeValue("version")) ? ATOM03 : ATOM10;
            moveNamespace(root, root.getNamespace(), Namespace.getNamespace(target), 0);
        }
        if (root.getNamespaceURI().equals(ATOM03)) {
            decodeBase64(root, 0);
        }
    }

    private static void rdf(Element root) {
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                return;
            }
        }
        Namespace ns = root.getNamespace("");
        if (ns == null || ns.getURI().isEmpty()) {
            ns = Namespace.getNamespace(RSS10);
        }
        root.addContent(0, new Element("channel", ns));
    }

    private static void moveNamespace(Element element, Namespace from, Namespace to, int depth) {
        if (depth > 100) {
            return;
        }
        if (element.getNamespace().equals(from)) {
            element.setNamespace(to);
        }
        for (Element child : element.getChildren()) {
            moveNamespace(child, from, to, depth + 1);
        }
    }

    private static void decodeBase64(Element element, int depth) {
        if (depth > 100) {
            return;
        }
        if ("base64".equals(element.getAttributeValue("mode"))) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
                element.setText(new String(bytes, StandardCharsets.UTF_8));
                element.setAttribute("mode", "escaped");
            } catch (IllegalArgumentException e) {
                element.removeAttribute("mode");
            }
        }
        for (Element child : element.getChildren()) {
            decodeBase64(child, depth + 1);
        }
    }
}
