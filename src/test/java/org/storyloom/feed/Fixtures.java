package org.storyloom.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.storyloom.model.ParsedFeed;

/** Reads the fixture feeds under src/test/resources/feed and parses them. */
final class Fixtures {

    static final URI LOCATION = URI.create("https://fixtures.example.com/feeds/feed.xml");

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedParseResult result(String name) {
        return new FeedParser().parse(bytes(name), null, LOCATION);
    }

    static ParsedFeed parse(String name) {
        FeedParseResult result = result(name);
        if (result instanceof FeedParseResult.Parsed parsed) {
            return parsed.feed();
        }
        throw new AssertionError(name + " was rejected: " + result);
    }
}
