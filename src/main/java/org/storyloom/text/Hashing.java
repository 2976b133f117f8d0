package org.storyloom.text;

/** Stable 64-bit hashes of strings and of hash sequences (FNV-1a folded through a finaliser). */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {}

    /** A well-mixed 64-bit hash of a string. */
    public static long of(CharSequence text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Combines a running hash with the next value, order-sensitively. */
    public static long combine(long running, long next) {
        return mix(running * 31 + next + 0x9e3779b97f4a7c15L);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    public static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
