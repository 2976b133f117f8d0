package org.storyloom.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * How sentence vectors are kept: the key of a sentence (a 64-bit FNV-1a hash of the embedding model's name and the
 * text, so copies of a sentence share one vector and another model never reads this one's), and each unit vector
 * as a float scale followed by one signed byte per dimension (a quarter of the floats' size; cosines move by
 * about 0.001).
 */
final class SentenceVectors {

    /** The model the stored vectors come from; changing the embedder means changing this. */
    static final String MODEL = "all-MiniLM-L6-v2/int8/128";

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SentenceVectors() {}

    /** The key a sentence's vector is stored under. */
    static long key(String sentence) {
        long hash = FNV_OFFSET;
        for (byte b : (MODEL + '\n' + sentence).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** A vector in its stored form. */
    static byte[] encode(float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / 127;
        ByteBuffer out = ByteBuffer.allocate(Float.BYTES + vector.length);
        out.putFloat(scale);
        for (float v : vector) {
            out.put((byte) Math.round(v / scale));
        }
        return out.array();
    }

    /** A stored vector back as a unit vector; null when the bytes hold no vector. */
    static float @Nullable [] decode(byte[] stored) {
        int dimensions = stored.length - Float.BYTES;
        if (dimensions <= 0) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        float scale = in.getFloat();
        float[] out = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            out[i] = in.get() * scale;
            norm += out[i] * out[i];
        }
        if (norm == 0 || !Double.isFinite(norm)) {
            return null;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            out[i] *= inverse;
        }
        return out;
    }
}
