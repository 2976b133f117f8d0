package org.storyloom.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Finds the authors: structured data, meta tags, microdata and hNews, then a visible "By ..." line. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported|story|text|words|compiled|edited)\\s+)?(?:by|von|par|por|di|door|av|af)"
                    + "\\s*[:\\-]?\\s+|^(?:author|authors|byline|autor|auteur)\\s*[:\\-]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT =
            Pattern.compile("\\s*(?:,|;|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s)\\s*");
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(^|[-_ ])(byline|by-?line|author|authors|author-?name|writer|contributor|article-?author|post-?author"
                    + "|entry-?author|reporter|creator)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES =
            Set.of("admin", "staff", "editor", "editorial", "unknown", "author", "anonymous", "guest", "by");

    private Bylines() {}

    static List<String> find(Document doc, MetaTags meta, List<String> structured) {
        Set<String> found = new LinkedHashSet<>();
        addAll(found, structured);
        if (found.isEmpty()) {
            for (String key : new String[] {
                "author",
                "article:author",
                "parsely-author",
                "sailthru.author",
                "dc.creator",
                "dcterms.creator",
                "byl",
                "citation_author",
                "cxenseparse:author",
                "twitter:data1"
            }) {
                String value = meta.first(key);
                if (value != null && !key.equals("twitter:data1")) {
                    addAll(found, List.of(value));
                }
            }
        }
        if (found.isEmpty()) {
            for (Element e : doc.select("[itemprop~=^author$] [itemprop=name], [itemprop~=^author$], [rel=author],"
                    + " .vcard .fn, .h-card .p-name, .author .fn")) {
                addAll(found, List.of(e.hasAttr("content") ? e.attr("content") : e.text()));
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            visible(doc, found);
        }
        return List.copyOf(found);
    }

    private static void visible(Document doc, Set<String> found) {
        int seen = 0;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (seen > 4000) {
                return;
            }
            seen++;
            String names = Hints.names(e);
            if (names.isEmpty() || !BYLINE_CLASS.matcher(names).find() || names.contains("bio")) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() >= 3 && text.length() <= 120) {
                addAll(found, List.of(text));
                if (!found.isEmpty()) {
                    return;
                }
            }
        }
    }

    private static void addAll(Set<String> found, List<String> raw) {
        for (String value : raw) {
            for (String name : split(value)) {
                found.add(name);
            }
        }
    }

    static List<String> split(String raw) {
        String s = raw.replaceAll("[\\s\u00a0]+", " ").strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            s = fromUrl(s);
        }
        s = PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("\\s*[|\u2022\u00b7].*$", "")
                .replaceAll("\\S+@\\S+", "")
                .strip();
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
            if (plausible(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean plausible(@Nullable String name) {
        if (name == null || name.length() < 3 || name.length() > 60) {
            return false;
        }
        if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("@")) {
            return false;
        }
        long digits = name.chars().filter(Character::isDigit).count();
        return digits == 0 && name.chars().anyMatch(Character::isLetter) && name.split(" ").length <= 6;
    }

    private static String fromUrl(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".") || !path.matches(".*/(author|authors|people|profile|staff|by|writers?)/[^/]+$")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : last.split("[-_+]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1))
                        .append(' ');
            }
        }
        return out.toString().strip();
    }
}
