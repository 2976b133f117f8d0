package org.storyloom.cluster;

/** Small dense-vector arithmetic. */
final class Vectors {

    private Vectors() {}

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Scales {@code v} in place to unit length (a zero vector stays zero) and returns it. */
    static float[] normalise(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    static void addTo(float[] target, float[] v, float scale) {
        for (int i = 0; i < target.length; i++) {
            target[i] += v[i] * scale;
        }
    }

    /** Cosine of {@code unit} with the direction of the (unnormalised) sum {@code sum} whose norm is given. */
    static double cosineWithSum(float[] unit, float[] sum) {
        double norm = Math.sqrt(dot(sum, sum));
        return norm == 0 ? 0 : dot(unit, sum) / norm;
    }
}
