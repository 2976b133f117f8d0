package org.storyloom.fetch;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One thing to fetch. Validators from the previous successful fetch make it a conditional GET.
 *
 * @param uri absolute http or https address
 * @param kind a subscribed feed (robots.txt not consulted) or a web page (robots.txt respected)
 * @param etag the {@code ETag} of the last response, sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of the last response, sent as {@code If-Modified-Since}
 */
public record FetchRequest(
        URI uri, Kind kind, @Nullable String etag, @Nullable String lastModified) {

    /** What is being fetched; decides whether robots.txt applies and what the request accepts. */
    public enum Kind {
        /** A feed a user subscribed to: fetched on the user's behalf, robots.txt is not consulted. */
        FEED,
        /** A web page (full text of an article): robots.txt is respected. */
        PAGE
    }

    /** An unconditional fetch of a feed. */
    public static FetchRequest feed(URI uri) {
        return new FetchRequest(uri, Kind.FEED, null, null);
    }

    /** An unconditional fetch of a page. */
    public static FetchRequest page(URI uri) {
        return new FetchRequest(uri, Kind.PAGE, null, null);
    }

    /** The same request made conditional on the given validators. */
    public FetchRequest withValidators(@Nullable String newEtag, @Nullable String newLastModified) {
        return new FetchRequest(uri, kind, newEtag, newLastModified);
    }
}
