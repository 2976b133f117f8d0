package org.storyloom.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalAddException;
import org.jdom2.IllegalDataException;
import org.jdom2.IllegalNameException;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Builds the element tree of repaired feed text: a strict, hardened XML parse first (no DTD, no external entities,
 * no entity expansion), then jsoup's forgiving XML parser for text that is still not well-formed.
 */
final class XmlTrees {

    private static final int MAX_DEPTH = 200;
    private static final Map<String, String> WELL_KNOWN = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "media", "http://search.yahoo.com/mrss/",
            "atom", "http://www.w3.org/2005/Atom",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "dcterms", "http://purl.org/dc/terms/");

    private XmlTrees() {}

    static Document strict(String text) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
        return builder.build(new StringReader(text));
    }

    /** A best-effort tree of text that is not well-formed; null when not even a root element is found. */
    static @Nullable Document lenient(String text) {
        org.jsoup.nodes.Document soup = Jsoup.parse(text, "", Parser.xmlParser());
        for (org.jsoup.nodes.Element child : soup.children()) {
            Element root = convert(child, new HashMap<>(), 0);
            if (root != null) {
                return new Document(root);
            }
        }
        return null;
    }

    private static @Nullable Element convert(org.jsoup.nodes.Element source, Map<String, String> inherited, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        Map<String, String> scope = new HashMap<>(inherited);
        for (Attribute a : source.attributes()) {
            if (a.getKey().equals("xmlns")) {
                scope.put("", a.getValue());
            } else if (a.getKey().startsWith("xmlns:")) {
                scope.put(a.getKey().substring(6), a.getValue());
            }
        }
        Element target;
        try {
            target = new Element(local(source.tagName()), namespace(prefix(source.tagName()), scope));
        } catch (IllegalNameException e) {
            return null;
        }
        copyAttributes(source, scope, target);
        for (Node node : source.childNodes()) {
            try {
                if (node instanceof TextNode textNode) {
                    target.addContent(textNode.getWholeText());
                } else if (node instanceof org.jsoup.nodes.Element element) {
                    Element child = convert(element, scope, depth + 1);
                    if (child != null) {
                        target.addContent(child);
                    }
                }
            } catch (IllegalDataException | IllegalAddException e) {
                // skip content XML cannot hold
            }
        }
        return target;
    }

    private static void copyAttributes(org.jsoup.nodes.Element source, Map<String, String> scope, Element target) {
        for (Attribute a : source.attributes()) {
            String key = a.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                continue;
            }
            try {
                String prefix = prefix(key);
                Namespace ns = prefix.equals("xml")
                        ? Namespace.XML_NAMESPACE
                        : prefix.isEmpty() ? Namespace.NO_NAMESPACE : namespace(prefix, scope);
                target.setAttribute(local(key), a.getValue(), ns);
            } catch (IllegalNameException | IllegalDataException | IllegalAddException e) {
                // skip attributes XML cannot hold
            }
        }
    }

    private static Namespace namespace(String prefix, Map<String, String> scope) {
        String uri = scope.get(prefix);
        if (uri == null) {
            uri = prefix.isEmpty() ? "" : WELL_KNOWN.getOrDefault(prefix, "urn:undeclared:" + prefix);
        }
        return Namespace.getNamespace(prefix, uri);
    }

    private static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
