package org.storyloom.cluster;

/** A light English suffix folding, enough for plurals to meet their singulars. */
final class Terms {

    private Terms() {}

    static String stem(String lower) {
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) {
            return lower.substring(0, n - 3) + "y";
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return lower.substring(0, n - 1);
        }
        return lower;
    }
}
