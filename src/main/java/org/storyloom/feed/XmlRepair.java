package org.storyloom.feed;

import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Repairs feed text so a strict XML parser accepts it: drops the XML declaration and any DOCTYPE (so no entity is
 * ever declared, expanded or fetched), removes characters XML forbids, turns HTML entities XML does not know
 * ({@code &nbsp;}) into character references and escapes bare ampersands. CDATA sections and comments are kept as
 * they are.
 */
final class XmlRepair {

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_ENTITY_NAME = 32;

    private XmlRepair() {}

    static String repair(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = skipProlog(text);
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && text.startsWith("<![CDATA[", i)) {
                i = copySection(text, i, "]]>", out);
            } else if (c == '<' && text.startsWith("<!--", i)) {
                i = copySection(text, i, "-->", out);
            } else if (c == '<' && startsWithIgnoreCase(text, i, "<!DOCTYPE")) {
                i = skipDoctype(text, i);
            } else if (c == '&') {
                i = entity(text, i, out);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                if (isXmlChar(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** Index of the first tag after a BOM, junk whitespace and the XML declaration. */
    private static int skipProlog(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '<') {
            i++;
        }
        if (text.startsWith("<?xml", i)) {
            int end = text.indexOf("?>", i);
            if (end > 0) {
                return end + 2;
            }
        }
        return i;
    }

    private static int copySection(String text, int start, String terminator, StringBuilder out) {
        int end = text.indexOf(terminator, start);
        int stop = end < 0 ? text.length() : end + terminator.length();
        for (int k = start; k < stop; k++) {
            char c = text.charAt(k);
            if (isXmlChar(c) || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        if (end < 0) {
            out.append(terminator);
        }
        return stop;
    }

    private static int skipDoctype(String text, int start) {
        int depth = 0;
        for (int k = start; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return k + 1;
            }
        }
        return text.length();
    }

    private static int entity(String text, int start, StringBuilder out) {
        int semi = -1;
        int limit = Math.min(text.length(), start + MAX_ENTITY_NAME + 2);
        for (int k = start + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ';') {
                semi = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#' || c == '_' || c == '-' || c == '.')) {
                break;
            }
        }
        if (semi < 0) {
            out.append("&amp;");
            return start + 1;
        }
        String name = text.substring(start + 1, semi);
        if (XML_ENTITIES.contains(name)) {
            out.append('&').append(name).append(';');
        } else if (name.startsWith("#")) {
            numeric(name, out);
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name)
                    .codePoints()
                    .forEach(cp -> out.append("&#").append(cp).append(';'));
        } else {
            out.append("&amp;").append(name).append(';');
        }
        return semi + 1;
    }

    private static void numeric(String name, StringBuilder out) {
        int cp;
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            cp = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
            out.append("&amp;").append(name).append(';');
            return;
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            cp = Windows1252.map(cp); // references to C1 controls mean windows-1252 in practice
        }
        if (cp <= 0x10FFFF && (cp > 0xFFFF || isXmlChar((char) cp))) {
            out.append("&#").append(cp).append(';');
        }
    }

    private static boolean startsWithIgnoreCase(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
