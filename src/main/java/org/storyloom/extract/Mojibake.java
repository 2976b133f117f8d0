package org.storyloom.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Repairs text encoded as UTF-8 twice: a page whose UTF-8 bytes were read as windows-1252 or ISO-8859-1 and
 * written out as UTF-8 again shows "there\u00e2\u0080\u0099s" or "isn\u00e2\u20ac\u2122t" for "there's". Each
 * run of a lead character (\u00c2 to \u00f4) and one to three continuation characters that, taken back to
 * bytes, is one valid UTF-8 character is that character. A page is repaired only when it holds several such
 * runs, so a lone "\u00c3\u00a9" in honest Latin-1 text stays.
 */
final class Mojibake {

    private static final Pattern RUN =
            Pattern.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                    + "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Runs a page must hold before it is taken for double-encoded. */
    private static final int MIN_RUNS = 3;

    private Mojibake() {}

    static String repaired(String text) {
        if (!hasLead(text)) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        int found = 0;
        while (found < MIN_RUNS && m.find()) {
            if (decoded(m.group()) != null) {
                found++;
            }
        }
        if (found < MIN_RUNS) {
            return text;
        }
        m.reset();
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String fixed = decoded(m.group());
            if (fixed != null) {
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    private static boolean hasLead(String text) {
        return text.indexOf('\u00c2') >= 0 || text.indexOf('\u00c3') >= 0 || text.indexOf('\u00e2') >= 0;
    }

    /** The one character the run's bytes encode, or null when they are not exactly one UTF-8 character. */
    private static @Nullable String decoded(String run) {
        byte[] bytes = new byte[run.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c <= 0xff) {
                bytes[i] = (byte) c;
            } else {
                try {
                    ByteBuffer b = cp1252.encode(CharBuffer.wrap(new char[] {c}));
                    bytes[i] = b.get(0);
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = utf8.decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
