package org.storyloom.extract;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for a feed entry, whether its content is the whole article or the page must be fetched, and
 * afterwards which text to show. Pure: the pipeline fetches (robots-aware) and stores both texts.
 *
 * <p>Fetch when the entry has no content, ends in a "read more"/"continue reading" stub or an ellipsis, or
 * has fewer than {@link Limits#completeWords} words. Show the page when it extracted to an article with at
 * least {@link Limits#longerBy} times the feed's words; otherwise the feed text.
 */
public final class FullTextPolicy {

    /**
     * @param completeWords a feed text with at least this many words (and no stub ending) counts as complete
     * @param longerBy how much longer the page text must be to replace the feed text
     */
    public record Limits(int completeWords, double longerBy) {

        /** 150 words; the page must be 1.2 times as long. */
        public static Limits defaults() {
            return new Limits(150, 1.2);
        }
    }

    /** Why the page should or should not be fetched. */
    public enum Reason {
        MISSING,
        READ_MORE_STUB,
        TOO_SHORT,
        COMPLETE
    }

    /** The verdict on a feed entry's content. */
    public record Assessment(boolean fetchPage, Reason reason, int feedWords) {}

    /** Which text a reader should see. */
    public enum Shown {
        FEED,
        PAGE
    }

    private static final Pattern STUB_END = Pattern.compile(
            "(?is).*(\\[?(\\.\\.\\.|\u2026)\\]?|read (the )?(more|full|rest)[^.]{0,40}|continue reading[^.]{0,60}"
                    + "|the post .{1,200} appeared first on .{1,100}|\\[more\\]|more\\s*\u00bb|\u00bb)\\W*$");

    private final Limits limits;

    public FullTextPolicy() {
        this(Limits.defaults());
    }

    public FullTextPolicy(Limits limits) {
        this.limits = limits;
    }

    /** Judges a feed entry's content, given as HTML or plain text (null when the entry had none). */
    public Assessment assess(@Nullable String feedContent) {
        String text = plain(feedContent);
        int words = words(text);
        if (words == 0) {
            return new Assessment(true, Reason.MISSING, 0);
        }
        if (STUB_END.matcher(text).matches()) {
            return new Assessment(true, Reason.READ_MORE_STUB, words);
        }
        if (words < limits.completeWords()) {
            return new Assessment(true, Reason.TOO_SHORT, words);
        }
        return new Assessment(false, Reason.COMPLETE, words);
    }

    /** After a fetch: the page's text when it is a real and longer article, else the feed's. */
    public Shown choose(@Nullable String feedContent, Extraction page) {
        if (!(page instanceof ExtractedArticle article)) {
            return Shown.FEED;
        }
        int feedWords = words(plain(feedContent));
        int pageWords = words(article.text());
        return pageWords >= Math.max(1, feedWords * limits.longerBy()) ? Shown.PAGE : Shown.FEED;
    }

    private static String plain(@Nullable String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        return content.indexOf('<') >= 0 ? Jsoup.parse(content).text() : content.strip();
    }

    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
