package org.storyloom.extract;

/**
 * Limits that bound time and memory on hostile pages.
 *
 * @param maxChars characters of HTML read; the rest of a larger page is ignored
 * @param maxDepth element nesting kept by the parser; deeper elements are flattened
 */
public record ExtractorConfig(int maxChars, int maxDepth) {

    public ExtractorConfig {
        if (maxChars < 1024 || maxDepth < 16) {
            throw new IllegalArgumentException(
                    "extract: limits too small: maxChars=" + maxChars + " maxDepth=" + maxDepth);
        }
    }

    /** 6 million characters (real articles are far smaller) and 256 levels of nesting. */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(6_000_000, 256);
    }
}
