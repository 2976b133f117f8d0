package org.storyloom.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/** Undoes {@code Content-Encoding: gzip} or {@code deflate} without ever producing more than a cap (zip bombs). */
final class ContentDecoding {

    /** The decoded body, or why there is none. */
    sealed interface Decoded {
        record Body(byte[] bytes) implements Decoded {}

        record Error(String reason) implements Decoded {}
    }

    private ContentDecoding() {}

    /**
     * Decodes {@code body} sent with the given Content-Encoding (null or identity: unchanged).
     *
     * @param maxBytes the most bytes the decoded body may have
     */
    static Decoded decode(byte[] body, @Nullable String contentEncoding, long maxBytes) {
        String coding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (coding) {
                case "", "identity" -> new Decoded.Body(body);
                case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
                case "deflate" -> inflate(body, maxBytes);
                default -> new Decoded.Error("fetch: unsupported Content-Encoding " + coding);
            };
        } catch (IOException e) {
            return new Decoded.Error("fetch: corrupt " + coding + " body: " + oneLine(e));
        }
    }

    /** HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate: try the first, then the second. */
    private static Decoded inflate(byte[] body, long maxBytes) throws IOException {
        try {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater()), maxBytes);
        } catch (IOException zlibFailed) {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxBytes);
        }
    }

    private static Decoded bounded(InputStream in, long maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return new Decoded.Error("fetch: decompressed body exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return new Decoded.Body(out.toByteArray());
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
