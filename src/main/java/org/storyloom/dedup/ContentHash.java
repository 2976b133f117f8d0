package org.storyloom.dedup;

import java.util.List;
import org.storyloom.text.Hashing;

/** A hash of the normalised body: lower-cased words only, so spacing, punctuation and case do not count. */
final class ContentHash {

    private ContentHash() {}

    static long of(List<String> lowerWords) {
        long h = lowerWords.size();
        for (String word : lowerWords) {
            h = Hashing.combine(h, Hashing.of(word));
        }
        return h;
    }
}
