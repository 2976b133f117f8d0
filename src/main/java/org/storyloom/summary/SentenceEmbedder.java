package org.storyloom.summary;

import java.util.List;

/**
 * Turns sentences into unit vectors whose dot product says how alike their meanings are. The summary stage
 * defines it so that it does not depend on the clustering stage; the application wires the clustering stage's
 * embedder into it ({@code onnxEmbedder::embed}).
 */
@FunctionalInterface
public interface SentenceEmbedder {

    /** One L2-normalised vector per text, in order. */
    List<float[]> embed(List<String> texts);
}
