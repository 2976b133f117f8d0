package org.storyloom.cluster;

import java.util.List;

/** Turns short texts into L2-normalised vectors whose dot product measures how alike their meanings are. */
public interface Embedder {

    /** The length of every vector. */
    int dimensions();

    /** One unit vector per text, in order; implementations batch and are thread-safe. */
    List<float[]> embed(List<String> texts);
}
