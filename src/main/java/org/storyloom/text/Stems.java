package org.storyloom.text;

/** A light English suffix folding, enough for plurals to meet their singulars. */
public final class Stems {

    private Stems() {}

    /** The word folded to its singular where a plain English plural ending shows. */
    public static String stem(String lower) {
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
