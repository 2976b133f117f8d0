package org.storyloom.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the headline: the visible {@code <h1>} when it agrees with what the metadata says, else the
 * structured headline or og:title, else the document title with the site name cut off.
 */
final class Titles {

    private static final Pattern SEPARATORS =
            Pattern.compile("\\s+(?:[|\\-\u2013\u2014\u00b7\u2022/\u00bb\u00ab]|::)\\s+");

    private static final Pattern SOURCE = Pattern.compile("\\(\\S+\\.[a-z]{2,}\\)");

    private static final Pattern TRUNCATION_MARK = Pattern.compile("\\s*(\\.\\.\\.|\u2026)$");

    private static final int MAX_HEADLINE = 160;

    /** A site named by its domain ("Newegg.com"). */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,6}");

    private static final Pattern COUNT = Pattern.compile("\\d{1,3} ");

    private static final Pattern CONTINUATION = Pattern.compile("\\s?[\\p{L}\\p{N}(\\[\"'\u2018\u201c]");

    private Titles() {}

    static @Nullable String choose(
            Document doc, @Nullable String structured, @Nullable String og, @Nullable String siteName) {
        String chosen = chooseRaw(doc, structured, og, siteName);
        return chosen == null ? null : withoutSubtitle(withoutSiteName(chosen, siteName));
    }

    private static @Nullable String chooseRaw(
            Document doc, @Nullable String structured, @Nullable String og, @Nullable String siteName) {
        String documentTitle = clean(doc.title());
        List<String> claims = new ArrayList<>();
        for (String claim : new String[] {structured, og, documentTitle}) {
            if (claim != null && !claim.isBlank()) {
                claims.add(clean(claim));
            }
        }
        String site = siteName == null ? "" : norm(siteName);
        String repaired = claimRepairingHeadline(doc, claims, siteName);
        if (repaired != null) {
            return repaired;
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (Element h1 : doc.getElementsByTag("h1")) {
                String text = clean(h1.text());
                if (text.length() >= 4 && !norm(text).equals(site) && agrees(text, claims, exact)) {
                    return text;
                }
            }
        }
        String inner = claimInsideHeadline(doc, claims, siteName, site);
        if (inner != null) {
            return inner;
        }
        List<Element> h1s = doc.getElementsByTag("h1");
        if (h1s.size() == 1
                && clean(h1s.get(0).text()).length() >= 8
                && !norm(h1s.get(0).text()).equals(site)
                && readsAsHeadline(clean(h1s.get(0).text()), claims)
                && sharesWordOrNoClaim(norm(h1s.get(0).text()), claims, siteName)) {
            return clean(h1s.get(0).text());
        }
        for (String claim : new String[] {structured, og}) {
            if (claim != null && !claim.isBlank()) {
                return untruncated(withoutSite(clean(claim), siteName), claims, siteName);
            }
        }
        return documentTitle.isEmpty() ? null : withoutSite(documentTitle, siteName);
    }

    /**
     * The claim a visible headline lost part of: the count of a list title drawn apart from the words ("8" then
     * "Recent Trends"), or characters the page's encoding broke into question marks. The claim is the whole
     * headline then.
     */
    private static @Nullable String claimRepairingHeadline(
            Document doc, List<String> claims, @Nullable String siteName) {
        for (Element h1 : doc.getElementsByTag("h1")) {
            String text = clean(h1.text());
            if (text.length() < 8) {
                continue;
            }
            for (String claim : claims) {
                String bare = withoutSite(claim, siteName);
                if (bare.length() > text.length()
                                && bare.endsWith(" " + text)
                                && COUNT.matcher(bare.substring(0, bare.length() - text.length()))
                                        .matches()
                        || brokenCopyOf(text, bare)) {
                    return bare;
                }
            }
        }
        return null;
    }

    /** The headline with each '?' or replacement character standing for one or two characters of the claim. */
    private static boolean brokenCopyOf(String headline, String claim) {
        if (headline.indexOf('?') < 0 && headline.indexOf('\ufffd') < 0 || claim.equals(headline)) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : headline.split("[?\ufffd]", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^?\ufffd]{1,2}");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString()).matcher(claim).matches();
    }

    /**
     * A lone {@code <h1>} that disagrees with the metadata is taken only when it shares a word with a claim (the
     * claim reworded for search engines) or when no claim says more than the site name: else it is a section
     * label, a logo or a call to action, and the metadata knows the headline better.
     */
    private static boolean sharesWordOrNoClaim(String h1, List<String> claims, @Nullable String siteName) {
        String site = siteName == null ? "" : norm(siteName);
        boolean anyClaim = false;
        for (String claim : claims) {
            String c = norm(withoutSite(claim, siteName));
            if (c.isEmpty() || c.equals(site) || c.indexOf(' ') < 0) {
                continue;
            }
            anyClaim = true;
            Set<String> words = new HashSet<>(Arrays.asList(c.split(" ")));
            for (String word : h1.split(" ")) {
                if (word.length() >= 4 && words.contains(word)) {
                    return true;
                }
            }
        }
        return !anyClaim;
    }

    /**
     * A lone {@code <h1>} that disagrees with the metadata reads as a headline unless it is a paragraph set large
     * (longer than any headline), a label leading into what follows (ending in a colon), or a styled all-capitals
     * banner while a claim says the headline in ordinary case.
     */
    private static boolean readsAsHeadline(String h1, List<String> claims) {
        if (h1.length() > MAX_HEADLINE || h1.endsWith(":")) {
            return false;
        }
        return !isAllCapitals(h1) || claims.isEmpty();
    }

    private static boolean isAllCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 8;
    }

    /**
     * A claim cut short (structured headlines often are, at a word boundary or with an ellipsis): the longer
     * claim that goes on with more words of the same sentence, not with a separator and a site name.
     */
    private static String untruncated(String claim, List<String> claims, @Nullable String siteName) {
        String stem = TRUNCATION_MARK.matcher(claim).replaceAll("");
        if (stem.length() < 8) {
            return claim;
        }
        for (String other : claims) {
            String longer = withoutSite(other, siteName);
            if (longer.length() > stem.length()
                    && longer.startsWith(stem)
                    && CONTINUATION.matcher(longer.substring(stem.length())).lookingAt()) {
                return longer;
            }
        }
        return claim;
    }

    /** "Headline | More words": headlines almost never hold a bar, so what follows it is a subtitle or a site. */
    static String withoutSubtitle(String title) {
        int bar = title.indexOf(" | ");
        if (bar < 0) {
            return title;
        }
        String head = title.substring(0, bar).strip();
        return norm(head).split(" ").length >= 3 ? head : title;
    }

    /** A last part after a separator that is the site's name, wherever the title came from. */
    private static String withoutSiteName(String title, @Nullable String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return title;
        }
        Matcher m = SEPARATORS.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && norm(title.substring(lastEnd)).equals(norm(siteName))) {
            return title.substring(0, lastStart).strip();
        }
        return title;
    }

    /**
     * A headline that wraps the metadata's title in page furniture (a date before it, a source or a count after
     * it): the title, without the site's name, when it is most of the headline.
     */
    private static @Nullable String claimInsideHeadline(
            Document doc, List<String> claims, @Nullable String siteName, String site) {
        for (Element h1 : doc.getElementsByTag("h1")) {
            String n = norm(h1.text());
            if (n.isEmpty() || n.equals(site)) {
                continue;
            }
            for (String claim : claims) {
                String bare = withoutSiteRepeated(claim, siteName);
                String c = norm(bare);
                if (c.length() >= 8 && n.contains(c) && c.length() * 5 >= n.length() * 3) {
                    String rest = norm(h1.text().replace(bare, " "));
                    String raw = clean(h1.text()).replace(bare, " ").strip();
                    if (isFurniture(raw, rest)) {
                        return bare;
                    }
                }
            }
        }
        return null;
    }

    /** What a headline adds around the title: a date, a section label ("Blog:") or a source "(site.com)". */
    private static boolean isFurniture(String raw, String rest) {
        int words = rest.isEmpty() ? 0 : rest.split(" ").length;
        if (words == 0) {
            return true;
        }
        return raw.endsWith(":") && words <= 2
                || words <= 5 && Dates.parse(raw) != null
                || SOURCE.matcher(raw).find() && words <= 4;
    }

    private static String withoutSiteRepeated(String title, @Nullable String siteName) {
        String current = title;
        for (int i = 0; i < 3; i++) {
            String next = withoutSite(current, siteName);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static boolean agrees(String h1, List<String> claims, boolean exact) {
        String n = norm(h1);
        for (String claim : claims) {
            String c = norm(claim);
            if (!n.isEmpty() && (c.equals(n) || !exact && c.contains(n) && n.length() * 3 >= c.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Headline | Site" to "Headline": drops the part that names the site, or a much shorter last part. */
    static String withoutSite(String title, @Nullable String siteName) {
        Matcher m = SEPARATORS.matcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String site = siteName == null ? "" : norm(siteName);
        String head = title.substring(0, lastStart).strip();
        String tail = norm(title.substring(lastEnd));
        if (!site.isEmpty() && (tail.equals(site) || site.contains(tail))
                || tail.length() * 2 < norm(head).length()
                || DOMAIN.matcher(title.substring(lastEnd).strip()).matches()) {
            return head;
        }
        String lead = norm(title.substring(0, firstStart));
        if (!site.isEmpty() && (lead.equals(site) || site.contains(lead))) {
            return title.substring(firstEnd).strip();
        }
        return title;
    }

    static String clean(String s) {
        String text = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower case, every run of characters other than letters and digits one space, no space at the ends. */
    static String norm(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
