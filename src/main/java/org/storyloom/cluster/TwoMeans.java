package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.List;

/** Deterministic 2-means on unit embeddings, seeded by the first member and the member farthest from it. */
final class TwoMeans {

    private static final int ROUNDS = 4;

    private TwoMeans() {}

    /** Two parts; the first holds the first member. */
    static List<List<Member>> split(List<Member> members) {
        float[] a = members.get(0).embedding().clone();
        Member far = members.get(0);
        double lowest = Double.POSITIVE_INFINITY;
        for (Member m : members) {
            double d = Vectors.dot(a, m.embedding());
            if (d < lowest) {
                lowest = d;
                far = m;
            }
        }
        float[] b = far.embedding().clone();
        List<Member> first = new ArrayList<>();
        List<Member> second = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            first = new ArrayList<>();
            second = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (i == 0 || Vectors.dot(a, m.embedding()) >= Vectors.dot(b, m.embedding())) {
                    first.add(m);
                } else {
                    second.add(m);
                }
            }
            a = centroid(first, a.length);
            b = centroid(second, b.length);
        }
        return List.of(first, second);
    }

    private static float[] centroid(List<Member> part, int dimensions) {
        float[] sum = new float[dimensions];
        for (Member m : part) {
            Vectors.addTo(sum, m.embedding(), 1f);
        }
        return Vectors.normalise(sum);
    }
}
