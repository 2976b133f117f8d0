package org.storyloom.feed;

import org.storyloom.model.ParsedFeed;

/** What parsing a feed body gives: a feed, or a one-line reason it is not one. */
public sealed interface FeedParseResult {

    /** The body was a feed; broken parts were repaired or skipped. */
    record Parsed(ParsedFeed feed) implements FeedParseResult {}

    /** The body is not a feed we can read; {@code reason} is one line starting "feed: ". */
    record Rejected(String reason) implements FeedParseResult {}
}
