package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {

    @Test
    void aStoredVectorComesBackAsAUnitVectorPointingTheSameWay() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            float[] v = unit(random, 384);
            byte[] stored = SentenceVectors.encode(v);
            float[] back = Objects.requireNonNull(SentenceVectors.decode(stored));

            assertThat(stored).hasSize(4 + 384);
            assertThat(back).hasSize(384);
            assertThat(dot(back, back)).isCloseTo(1.0, within(1e-5));
            assertThat(dot(v, back)).isGreaterThan(0.999);
        }
    }

    @Test
    void bytesHoldingNoVectorReadAsNone() {
        assertThat(SentenceVectors.decode(new byte[4])).isNull();
        assertThat(SentenceVectors.decode(new byte[0])).isNull();
        assertThat(SentenceVectors.decode(SentenceVectors.encode(new float[8]))).isNull();
    }

    @Test
    void aSentenceHasOneKeyAndAnotherSentenceAnother() {
        assertThat(SentenceVectors.key("Ships are diverted.")).isEqualTo(SentenceVectors.key("Ships are diverted."));
        assertThat(SentenceVectors.key("Ships are diverted."))
                .isNotEqualTo(SentenceVectors.key("Ships are diverted!"))
                .isNotEqualTo(SentenceVectors.key("Ships are diverted. "));
    }

    private static float[] unit(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        float norm = (float) Math.sqrt(dot(v, v));
        for (int i = 0; i < n; i++) {
            v[i] /= norm;
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
