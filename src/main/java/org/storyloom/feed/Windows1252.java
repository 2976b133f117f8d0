package org.storyloom.feed;

import java.nio.charset.Charset;

/** The windows-1252 meaning of C1 control code points, which feeds often mean when they write them. */
final class Windows1252 {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Windows1252() {}

    static int map(int codePoint) {
        if (codePoint < 0x80 || codePoint > 0x9F) {
            return codePoint;
        }
        String decoded = new String(new byte[] {(byte) codePoint}, CP1252);
        int mapped = decoded.codePointAt(0);
        return mapped == 0xFFFD ? codePoint : mapped;
    }
}
