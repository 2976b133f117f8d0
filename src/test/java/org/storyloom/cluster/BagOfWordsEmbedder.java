package org.storyloom.cluster;

import java.util.ArrayList;
import java.util.List;
import org.storyloom.text.Hashing;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/** A tiny deterministic stand-in for the model in unit tests: hashed bag of content words, unit length. */
final class BagOfWordsEmbedder implements Embedder {

    static final int DIMENSIONS = 64;

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String text : texts) {
            float[] v = new float[DIMENSIONS];
            for (String word : Tokens.lowerWords(text)) {
                if (!StopWords.contains(word)) {
                    v[(int) Math.floorMod(Hashing.of(word), (long) DIMENSIONS)] += 1;
                }
            }
            out.add(Vectors.normalise(v));
        }
        return out;
    }
}
