package org.storyloom.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes page bytes. Trust, highest first: the HTTP Content-Type charset, a byte order mark, a
 * {@code <meta charset>} or http-equiv declaration in the first 4 KiB, then sniffing (valid UTF-8, else
 * windows-1252, which also covers ISO-8859-1 as browsers read it).
 */
public final class PageDecoder {

    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META = Pattern.compile("<meta[^>]+>", Pattern.CASE_INSENSITIVE);
    private static final int PRESCAN = 4096;

    private PageDecoder() {}

    /** The text of the page; {@code contentType} is the HTTP header value, if any. */
    public static String decode(byte[] bytes, @Nullable String contentType) {
        Charset charset = fromHeader(contentType);
        int skip = 0;
        if (charset == null) {
            Bom bom = bom(bytes);
            if (bom != null) {
                charset = bom.charset();
                skip = bom.length();
            }
        }
        if (charset == null) {
            charset = fromMeta(bytes);
        }
        if (charset == null) {
            return sniffed(bytes);
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /**
     * Decodes a page that declares no charset: as UTF-8 when its bytes are valid UTF-8, else as windows-1252.
     * Decoding once as UTF-8 settles the common case: a result without U+FFFD came from valid bytes; only
     * one with U+FFFD (a bad sequence, or an encoded U+FFFD) needs the strict check.
     */
    private static String sniffed(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\ufffd') >= 0 && sniff(bytes) != StandardCharsets.UTF_8) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private record Bom(Charset charset, int length) {}

    private static @Nullable Bom bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    static @Nullable Charset fromHeader(@Nullable String contentType) {
        return contentType == null ? null : named(contentType);
    }

    private static @Nullable Charset fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Charset charset = named(meta.group());
            if (charset != null) {
                // a page served as bytes cannot really be UTF-16 if its meta was readable as ASCII
                return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
            }
        }
        return null;
    }

    private static @Nullable Charset named(String text) {
        Matcher m = CHARSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset sniff(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, utf8Boundary(bytes, Math.min(bytes.length, 1 << 20))));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** A length at or below {@code limit} that does not cut a UTF-8 sequence in two. */
    private static int utf8Boundary(byte[] bytes, int limit) {
        int end = limit;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xc0) == 0x80) {
            end--;
        }
        return end;
    }
}
