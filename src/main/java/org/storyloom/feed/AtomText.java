package org.storyloom.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Atom text constructs (title, subtitle, summary, content, rights, ...) turned into plain text or an HTML string
 * before mapping: inline XHTML is serialised without namespace noise (Atom 1.0 drops the wrapping div), Atom 0.3
 * inline XML and text become "escaped", and base64 payloads are decoded.
 */
final class AtomText {

    private static final Set<String> CONSTRUCTS =
            Set.of("title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info");

    private AtomText() {}

    static void normalize(Element element) {
        if (!CONSTRUCTS.contains(element.getName()) || element.getAttribute("src") != null) {
            return;
        }
        boolean atom03 = element.getNamespaceURI().equals(FormatRepair.ATOM03);
        String type = element.getAttributeValue("type", "text").strip().toLowerCase(Locale.ROOT);
        String mode = element.getAttributeValue("mode", "xml").strip().toLowerCase(Locale.ROOT);
        if (!atom03 && type.equals("xhtml")) {
            element.setText(serialize(unwrapDiv(element.getContent())));
            element.setAttribute("type", "html");
        } else if (atom03 && mode.equals("xml")) {
            boolean markup = !element.getChildren().isEmpty();
            String text = markup ? serialize(element.getContent()) : element.getText();
            element.setText(text);
            element.setAttribute("mode", "escaped");
            if (markup && !type.contains("html")) {
                element.setAttribute("type", "text/html");
            }
        } else if (!atom03 && isBinary(type)) {
            decode(element);
        }
    }

    private static boolean isBinary(String type) {
        return type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml") && !type.contains("html");
    }

    private static void decode(Element element) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
            element.setText(new String(bytes, StandardCharsets.UTF_8));
            element.setAttribute("type", "html");
        } catch (IllegalArgumentException e) {
            element.setAttribute("type", "text");
        }
    }

    private static List<Content> unwrapDiv(List<Content> content) {
        Element only = null;
        for (Content part : content) {
            if (part instanceof Element e) {
                if (only != null) {
                    return content;
                }
                only = e;
            } else if (!part.getValue().isBlank()) {
                return content;
            }
        }
        return only != null && only.getName().equals("div") ? only.getContent() : content;
    }

    private static String serialize(List<Content> content) {
        for (Content part : content) {
            if (part instanceof Element e) {
                stripNamespaces(e, 0);
            }
        }
        XMLOutputter out = new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true));
        return out.outputString(content).strip();
    }

    private static void stripNamespaces(Element element, int depth) {
        if (depth > 100) {
            return;
        }
        element.setNamespace(Namespace.NO_NAMESPACE);
        for (Namespace extra : List.copyOf(element.getAdditionalNamespaces())) {
            element.removeNamespaceDeclaration(extra);
        }
        for (Element child : element.getChildren()) {
            stripNamespaces(child, depth + 1);
        }
    }
}
