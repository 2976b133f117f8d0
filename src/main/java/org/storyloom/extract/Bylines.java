package org.storyloom.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/** Finds the authors: structured data, meta tags, microdata and hNews, then a visible "By ..." line. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported|story|text|words|compiled|edited)\\s+)?(?:by|von|par|por|di|door|av|af)"
                    + "\\s*[:\\-]?\\s+|^(?:author|authors|byline|autor|auteur)\\s*[:\\-]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT =
            Pattern.compile("\\s*(?:,|;|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s)\\s*");
    private static final Set<String> BYLINE_CLASS = Set.of(
            "byline",
            "by-line",
            "author",
            "authors",
            "authorname",
            "author-name",
            "writer",
            "contributor",
            "articleauthor",
            "article-author",
            "postauthor",
            "post-author",
            "entryauthor",
            "entry-author",
            "reporter",
            "creator");
    private static final Pattern BY_TEXT = Pattern.compile(
            "^\\s*(by|written by|posted by)\\s*:?\\s*$|^\\s*(?:written |posted |reported )?by\\s+\\p{Lu}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(?:(?:written|posted|reported)\\s+)?by\\s*:?$|^(?:author|authors|byline)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|\u2022\u00b7]\\s*");
    private static final Evaluator AUTHOR_MARKUP =
            Selector.evaluatorOf("[itemprop~=^author$] [itemprop=name], [itemprop~=^author$], [rel=author],"
                    + " .vcard .fn, .h-card .p-name, .author .fn");
    private static final Set<String> NOT_NAMES =
            Set.of("admin", "staff", "editor", "editorial", "unknown", "author", "anonymous", "guest", "by");

    private Bylines() {}

    /** The authors one by one, and the byline as the page writes it. */
    record Found(List<String> authors, @Nullable String byline) {
        static final Found NONE = new Found(List.of(), null);
    }

    /**
     * Tries structured data, meta tags, microdata/hNews and a visible byline in turn; a source naming only the
     * site or publisher (an organisation, not a writer) gives way to a later one that names a person.
     */
    static Found find(
            Document doc, PageMarks marks, MetaTags meta, List<String> structured, @Nullable String siteName) {
        Found fallback = Found.NONE;
        for (int source = 0; source < 4; source++) {
            List<String> raw = switch (source) {
                case 0 -> structured;
                case 1 -> metaValues(meta);
                case 2 -> marks.hasAuthorQueryTarget() ? markup(doc) : List.of();
                default -> visible(doc);
            };
            Found found = of(raw);
            if (found.authors().isEmpty()) {
                continue;
            }
            if (!namesOnlySite(found, siteName)) {
                return found;
            }
            if (fallback.authors().isEmpty()) {
                fallback = found;
            }
        }
        return fallback;
    }

    private static boolean namesOnlySite(Found found, @Nullable String siteName) {
        String site = siteName == null ? "" : Titles.norm(siteName);
        for (String author : found.authors()) {
            String a = Titles.norm(author);
            if (site.isEmpty() || !(site.contains(a) || a.contains(site))) {
                return false;
            }
        }
        return true;
    }

    private static Found of(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        addAll(names, raw);
        if (names.isEmpty()) {
            return Found.NONE;
        }
        List<String> list = List.copyOf(names);
        String byline = raw.size() == 1 ? clean(raw.get(0)) : joined(list);
        return new Found(list, byline.isEmpty() ? joined(list) : byline);
    }

    private static String joined(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    private static String clean(String raw) {
        String s = Parser.unescapeEntities(raw, false)
                .replaceAll("[\\s\u00a0]+", " ")
                .strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            s = fromUrl(s);
        }
        s = PREFIX.matcher(s).replaceFirst("");
        return s.replaceAll("\\s*[|\u2022\u00b7].*$", "")
                .replaceAll("\\S+@\\S+", "")
                .strip();
    }

    private static List<String> metaValues(MetaTags meta) {
        for (String key : new String[] {
            "author",
            "article:author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "byl",
            "citation_author",
            "cxenseparse:author"
        }) {
            String value = meta.first(key);
            if (value != null) {
                return List.of(value);
            }
        }
        return List.of();
    }

    private static List<String> markup(Document doc) {
        for (Element e : doc.select(AUTHOR_MARKUP)) {
            String value = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!split(value).isEmpty()) {
                return List.of(value);
            }
        }
        return List.of();
    }

    private static List<String> visible(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > 5000) {
                break;
            }
            String names = Hints.names(e);
            boolean byClass = !names.isEmpty() && NameWords.hasWord(names, BYLINE_CLASS) && !names.contains("bio");
            if (!byClass
                    && !(startsLikeByline(e) && BY_TEXT.matcher(e.ownText()).find())) {
                continue;
            }
            String text = e.text().strip();
            if (LABEL_ONLY.matcher(text).matches()) {
                Element next = e.nextElementSibling();
                text = next == null ? "" : next.text().strip();
            }
            String name = text.length() <= 120 ? namePart(text) : null;
            if (name != null) {
                return List.of(name);
            }
        }
        return List.of();
    }

    /** The byline, or its first part that names someone when "·" or "|" joins it to a date or a role. */
    static @Nullable String namePart(String text) {
        if (text.length() < 3) {
            return null;
        }
        if (!split(text).isEmpty()) {
            return text;
        }
        for (String part : PART_SEPARATOR.split(text)) {
            if (!split(part).isEmpty()) {
                return part;
            }
        }
        return null;
    }

    /** The element's own text starts with "by", "written by" or "posted by": a cheap screen before BY_TEXT. */
    private static boolean startsLikeByline(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                String s = t.text().strip().toLowerCase(Locale.ROOT);
                return s.startsWith("by")
                        || s.startsWith("written")
                        || s.startsWith("posted")
                        || s.startsWith("reported");
            }
        }
        return false;
    }

    private static void addAll(Set<String> found, List<String> raw) {
        for (String value : raw) {
            for (String name : split(value)) {
                found.add(name);
            }
        }
    }

    static List<String> split(String raw) {
        String s = clean(raw);
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
