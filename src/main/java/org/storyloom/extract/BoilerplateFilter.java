package org.storyloom.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Drops boilerplate blocks from a body: share and follow prompts, newsletter and donation asks, "read more"
 * and "related" lines, ad labels, cookie notices, copyright lines, reading-time and comment counters, and the
 * headline or byline repeated at the top. Only short blocks are judged, so prose that mentions these words stays.
 */
final class BoilerplateFilter {

    private static final int SHORT = 200;
    private static final int MIN_REPEAT = 80;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(advertisement|advertising|advert|sponsored( content)?|ad|ads|anzeige|publicit[ée]|werbung|story continues"
                    + "( below)?( advertisement)?|continue reading( below)?|scroll to continue.*)\\W*$"
                    + "|^share( this( article| story| post)?)?\\b|\\bshare (on|via) |^(follow|like) us\\b"
                    + "|\\bsign up\\b|\\bsubscribe\\b|\\bnewsletters?\\b|in your inbox|\\bunsubscribe\\b"
                    + "|^(read|see|watch) (more|also|next)\\b|^(related|recommended|more from|more on this|most"
                    + " (read|popular)|you (may|might) (also )?like|also read|don'?t miss|trending)\\b"
                    + "|copyright|\u00a9|\\(c\\) (19|20)\\d\\d|all rights reserved"
                    + "|\\bcookies?\\b.*\\b(use|accept|policy|consent)|\\b(accept|manage) cookies"
                    + "|\\bdonat(e|ion)\\b|support (us|our (journalism|work|reporting)|independent)|become a"
                    + " (member|patron|subscriber)|\\bon patreon\\b"
                    + "|^(updated|published|posted|last (updated|modified)|first published)\\b.{0,60}\\d"
                    + "|^\\d+\\s*(min|minute)s?( read)?$|^(comments?|leave a comment|\\d+ comments?|reply)$"
                    + "|^like this\\W*$|^like loading\\W*$|^have a (news )?tip\\b"
                    + "|^more\\b.{0,30}\\b(stories|articles)\\W*$"
                    + "|^(table of contents|contents|in this (article|post|guide)|on this page|jump to( section)?)\\W*$"
                    + "|^(click|tap) here\\b|^this (article|story) (was|has been|is) (originally |first )?"
                    + "(published|updated|produced)|^(tags?|topics|filed under|categories)\\s*:"
                    + "|^(image|photo|picture|photograph)s?( credit)?\\s*:\\s*[^.!?]{1,60}$|^getty images$|^(print|email|e-mail|facebook"
                    + "|twitter|linkedin|whatsapp|pinterest|reddit|x)(\\W+(print|email|e-mail|facebook|twitter|linkedin"
                    + "|whatsapp|pinterest|reddit|x))*\\W*$",
            Pattern.CASE_INSENSITIVE);

    private static final String[] STARTS = {
        "ad",
        "anzeige",
        "publicit",
        "werbung",
        "sponsored",
        "story",
        "continue",
        "scroll",
        "share",
        "follow",
        "like",
        "read",
        "see",
        "watch",
        "related",
        "recommended",
        "more",
        "most",
        "you",
        "also",
        "don",
        "trending",
        "updated",
        "published",
        "posted",
        "last",
        "first",
        "have",
        "comment",
        "leave",
        "reply",
        "click",
        "tap",
        "this",
        "tag",
        "topics",
        "filed",
        "categories",
        "image",
        "photo",
        "picture",
        "getty",
        "table",
        "contents",
        "in this",
        "on this",
        "jump",
        "print",
        "email",
        "e-mail",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "x"
    };
    private static final String[] PARTS = {
        "share on",
        "share via",
        "sign up",
        "subscribe",
        "newsletter",
        "in your inbox",
        "copyright",
        "\u00a9",
        "(c) ",
        "all rights reserved",
        "cookie",
        "donat",
        "support ",
        "become a",
        "patreon"
    };

    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(by|written by|posted by|von|par|por)\\s+\\p{Lu}.{0,80}$|^\\p{L}+ \\d{1,2},? \\d{4}.{0,40}$");

    private static final Pattern TAIL_HEADING = Pattern.compile(
            "^(related|recommended|more (from|on|stories|news)|more\\b.{0,30}\\b(stories|articles)$|read (more|next)"
                    + "|see also|you (may|might) also like|most (read|popular)|latest (news|stories)|comments?|share this|about the author"
                    + "|trending|popular)\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE);

    private BoilerplateFilter() {}

    static List<Block> filter(List<Block> blocks, @Nullable String title) {
        List<Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String normTitle = title == null ? "" : Titles.norm(title);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text().strip();
            if (block instanceof Block.Heading && TAIL_HEADING.matcher(text).matches() && i >= blocks.size() / 2) {
                break;
            }
            if (isBoilerplate(block, text) || isRepeat(block, text, seen)) {
                continue;
            }
            if (out.size() < 3 && !normTitle.isEmpty() && isTitle(text, normTitle)) {
                continue;
            }
            if (out.size() < 3
                    && block instanceof Block.Paragraph
                    && BYLINE_LINE.matcher(text).matches()) {
                continue;
            }
            out.add(block);
        }
        return out;
    }

    /** The headline said again, whole or with the subtitle the chosen title left out. */
    private static boolean isTitle(String text, String normTitle) {
        return Titles.norm(text).equals(normTitle)
                || text.length() < SHORT
                        && Titles.norm(Titles.withoutSubtitle(text)).equals(normTitle);
    }

    /** A text block said again word for word (gallery captions, sticky teasers): once is enough. */
    private static boolean isRepeat(Block block, String text, Set<String> seen) {
        if (!(block instanceof Block.Paragraph) || text.length() < MIN_REPEAT) {
            return false;
        }
        return !seen.add(text);
    }

    static boolean isBoilerplate(Block block, String text) {
        if (block instanceof Block.Figure || block instanceof Block.Table) {
            return false;
        }
        if (text.isEmpty() || isPlaceholderText(text)) {
            return true;
        }
        return text.length() < SHORT
                && mayBeBoilerplate(text)
                && BOILERPLATE.matcher(text).find();
    }

    /** A template's filler ("Lorem ipsum dolor sit amet...") left on the page: never article text, at any length. */
    private static boolean isPlaceholderText(String text) {
        int at = text.indexOf("orem ipsum");
        return at > 0 && (text.charAt(at - 1) == 'L' || text.charAt(at - 1) == 'l');
    }

    /**
     * A cheap screen before the pattern: every alternative of {@link #BOILERPLATE} needs the text to start with a
     * digit or one of {@link #STARTS}, or to contain one of {@link #PARTS}; most prose does neither.
     */
    static boolean mayBeBoilerplate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && Character.isDigit(lower.charAt(0))) {
            return true;
        }
        for (String start : STARTS) {
            if (lower.startsWith(start)) {
                return true;
            }
        }
        for (String part : PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
