package org.storyloom.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jspecify.annotations.Nullable;

/**
 * Parses a feed body of any common format (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into a
 * {@link org.storyloom.model.ParsedFeed}. Broken feeds are repaired rather than refused: charset mix-ups, HTML
 * entities, bare ampersands, control characters and malformed markup still give entries. XML is parsed without
 * DTDs, external entities or entity expansion.
 */
public final class FeedParser {

    private final JsonFeedParser json = new JsonFeedParser();

    /** Parses {@code body}, fetched from {@code location} with an optional HTTP Content-Type. */
    public FeedParseResult parse(byte[] body, @Nullable String contentType, URI location) {
        String text = FeedText.decode(body, contentType);
        int start = firstSignificant(text);
        if (start < 0) {
            return new FeedParseResult.Rejected("feed: empty body");
        }
        char first = text.charAt(start);
        boolean jsonType =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        if (first == '{' || (jsonType && first != '<')) {
            return json.parse(text.substring(start), location);
        }
        if (first != '<') {
            return new FeedParseResult.Rejected("feed: neither XML nor JSON");
        }
        String repaired = XmlRepair.repair(text);
        Document document;
        try {
            document = XmlTrees.strict(repaired);
        } catch (JDOMException | IOException e) {
            document = XmlTrees.lenient(repaired);
        }
        if (document == null) {
            return new FeedParseResult.Rejected("feed: no XML element found");
        }
        return rome(document, location);
    }

    private static FeedParseResult rome(Document document, URI location) {
        String root = document.getRootElement().getName().toLowerCase(Locale.ROOT);
        if (root.equals("html")) {
            return new FeedParseResult.Rejected("feed: an HTML page, not a feed");
        }
        TreeNormalizer.normalize(document, location);
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            SyndFeed feed = input.build(document);
            return new FeedParseResult.Parsed(RomeMapper.map(feed));
        } catch (FeedException | RuntimeException e) {
            return new FeedParseResult.Rejected(
                    "feed: not a feed we can read (root <" + root + ">): " + JsonFeedParser.oneLine(e.getMessage()));
        }
    }

    private static int firstSignificant(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != 0) {
                return i;
            }
        }
        return -1;
    }
}
