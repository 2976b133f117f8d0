package org.storyloom.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Every way a fetch can end. Expected conditions are values here; exceptions from {@link Fetcher} are bugs. */
public sealed interface FetchOutcome {

    /**
     * A 2xx response with its (decompressed) body. The caller decodes the bytes; {@code contentType} says how.
     *
     * @param finalUri the address the body came from, after redirects
     * @param maxAge {@code Cache-Control: max-age}, when the server sent one
     * @param permanentRedirect the final address when every redirect hop was permanent (301/308): the caller may
     *     store it as the new address; null when there was no redirect or any hop was temporary
     */
    record Fetched(
            URI finalUri,
            int status,
            byte[] body,
            @Nullable String contentType,
            @Nullable String etag,
            @Nullable String lastModified,
            @Nullable Duration maxAge,
            @Nullable URI permanentRedirect)
            implements FetchOutcome {

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Fetched f
                    && status == f.status
                    && finalUri.equals(f.finalUri)
                    && Arrays.equals(body, f.body)
                    && Objects.equals(contentType, f.contentType)
                    && Objects.equals(etag, f.etag)
                    && Objects.equals(lastModified, f.lastModified)
                    && Objects.equals(maxAge, f.maxAge)
                    && Objects.equals(permanentRedirect, f.permanentRedirect);
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    finalUri,
                    status,
                    Arrays.hashCode(body),
                    contentType,
                    etag,
                    lastModified,
                    maxAge,
                    permanentRedirect);
        }

        @Override
        public String toString() {
            return "Fetched[" + finalUri + ", status=" + status + ", " + body.length + " bytes, contentType="
                    + contentType + ", etag=" + etag + ", lastModified=" + lastModified + ", maxAge=" + maxAge
                    + ", permanentRedirect=" + permanentRedirect + "]";
        }
    }

    /**
     * 304: the content is unchanged. Validators are the server's when it repeated them, else the request's, so the
     * caller can always store them back.
     */
    record NotModified(
            @Nullable String etag,
            @Nullable String lastModified,
            @Nullable Duration maxAge,
            @Nullable URI permanentRedirect)
            implements FetchOutcome {}

    /** 429 or 503: come back after {@code retryAfter} (the server's Retry-After, or a default). */
    record RateLimited(Duration retryAfter) implements FetchOutcome {}

    /** Refused before sending: the SSRF guard or robots.txt said no. */
    record Blocked(String reason) implements FetchOutcome {}

    /** Tried and failed: timeout, size limit, bad status, DNS, redirect loop, too many redirects... */
    record Failed(String reason) implements FetchOutcome {}
}
