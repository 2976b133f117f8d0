package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Decompression bounds, without HTTP. */
class ContentDecodingTest {

    private static final byte[] TEXT = "<rss>news</rss>".getBytes(StandardCharsets.UTF_8);

    @Test
    void identityPassesThrough() {
        assertThat(ContentDecoding.decode(TEXT, null, 1))
                .isInstanceOfSatisfying(
                        ContentDecoding.Decoded.Body.class,
                        b -> assertThat(b.bytes()).isEqualTo(TEXT));
        assertThat(ContentDecoding.decode(TEXT, "Identity", 1)).isInstanceOf(ContentDecoding.Decoded.Body.class);
    }

    @Test
    void gzipExactlyAtTheCapPassesOneByteMoreFails() throws IOException {
        byte[] gzipped = gzip(TEXT);

        assertThat(ContentDecoding.decode(gzipped, "x-gzip", TEXT.length))
                .isInstanceOfSatisfying(
                        ContentDecoding.Decoded.Body.class,
                        b -> assertThat(b.bytes()).isEqualTo(TEXT));
        assertThat(ContentDecoding.decode(gzipped, "gzip", TEXT.length - 1))
                .isInstanceOf(ContentDecoding.Decoded.Error.class);
    }

    @Test
    void corruptOrUnknownEncodingsAreErrors() {
        assertThat(ContentDecoding.decode(TEXT, "gzip", 1000))
                .isInstanceOfSatisfying(
                        ContentDecoding.Decoded.Error.class,
                        e -> assertThat(e.reason()).startsWith("fetch: corrupt gzip"));
        assertThat(ContentDecoding.decode(TEXT, "br", 1000))
                .isEqualTo(new ContentDecoding.Decoded.Error("fetch: unsupported Content-Encoding br"));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
