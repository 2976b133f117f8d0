package org.storyloom.feed;

/** Small URL text helpers. */
final class Urls {

    private Urls() {}

    /** Percent-encodes the characters {@link java.net.URI} refuses (spaces, braces, non-ASCII, ...). */
    static String escape(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        for (byte b : reference.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
