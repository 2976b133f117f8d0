package org.storyloom.feed;

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
 * Turns feed bytes into text. Order of trust: a byte order mark, then the HTTP charset, then the XML declaration,
 * then sniffing. A declared charset the bytes do not fit (UTF-8 declared, Latin-1 sent) falls back to the next
 * candidate instead of failing; the last resort is windows-1252, which decodes any byte.
 */
final class FeedText {

    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private FeedText() {}

    /** Decodes {@code body}; never fails. */
    static String decode(byte[] body, @Nullable String contentType) {
        Bom bom = bom(body);
        if (bom != null) {
            return decodeLeniently(body, bom.length(), bom.charset());
        }
        Charset wide = sniffWide(body);
        if (wide != null) {
            return decodeLeniently(body, 0, wide);
        }
        Charset http = contentType == null ? null : named(find(HTTP_CHARSET, contentType));
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Charset declared = named(find(XML_ENCODING, head));
        if (hasHighBytes(body)) {
            String utf8 = decodeStrictly(body, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8; // valid multi-byte UTF-8 does not happen by chance: trust it over any label
            }
        }
        for (Charset candidate : new Charset[] {http, declared, StandardCharsets.UTF_8}) {
            if (candidate != null) {
                String text = decodeStrictly(body, candidate);
                if (text != null) {
                    return text;
                }
            }
        }
        return decodeLeniently(body, 0, WINDOWS_1252);
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private record Bom(Charset charset, int length) {}

    private static @Nullable Bom bom(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Bom(UTF_32BE, 4);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Bom(UTF_32LE, 4);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** UTF-16 and UTF-32 without a byte order mark, recognised by how '<' is spelled. */
    private static @Nullable Charset sniffWide(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The charset a label names; single-byte Latin labels widen to windows-1252, as browsers do. */
    static @Nullable Charset named(@Nullable String label) {
        if (label == null) {
            return null;
        }
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16") || name.startsWith("utf16") || name.startsWith("utf-32")) {
            return null; // without a BOM or wide '<' the bytes are not really wide
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String decodeStrictly(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeLeniently(byte[] body, int offset, Charset charset) {
        return new String(body, offset, body.length - offset, charset);
    }
}
