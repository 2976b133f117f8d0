package org.storyloom.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** Stable ids for entries that carry no GUID: a hash of link, title and date, the same on every fetch. */
final class EntryIds {

    private EntryIds() {}

    static String derive(@Nullable String link, @Nullable String title, @Nullable Instant date) {
        String key = (link == null ? "" : link) + "\n" + (title == null ? "" : title) + "\n"
                + (date == null ? "" : date.toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "urn:storyloom:entry:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("feed: SHA-256 missing from the JDK", e);
        }
    }
}
