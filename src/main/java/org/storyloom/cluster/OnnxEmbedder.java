package org.storyloom.cluster;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantized) in process over ONNX Runtime: the model and tokenizer are read from the
 * classpath (the langchain4j model jar carries them), nothing is fetched. Texts are embedded in batches padded
 * to the longest, mean-pooled over real tokens and L2-normalised (the mean's
 * scale drops out on normalising, so the sum is used). One instance holds the loaded model; the
 * caller creates it once and closes it. Thread-safe: ONNX sessions run concurrently.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int batchSize;

    /** Loads the model with {@code threads} intra-op threads and splits inputs into batches of {@code batchSize}. */
    public OnnxEmbedder(int threads, int batchSize, int maxTokens) {
        this.batchSize = Math.max(1, batchSize);
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            // no busy-waiting between ops: the machine is shared with the rest of the pipeline
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(model.readAllBytes(), options);
            Map<String, String> settings = new HashMap<>();
            settings.put("maxLength", Integer.toString(maxTokens));
            settings.put("truncation", "true");
            settings.put("padding", "false");
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cluster: cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cluster: cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    /** Two threads, batches of 32, texts cut at 128 tokens (title plus lead fit). */
    public OnnxEmbedder() {
        this(2, 32, 128);
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            out.addAll(batch(texts.subList(from, Math.min(texts.size(), from + batchSize))));
        }
        return out;
    }

    private List<float[]> batch(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(
                texts.stream().map(t -> t.isBlank() ? "-" : t).toList());
        int rows = encodings.length;
        int width = 1;
        for (Encoding e : encodings) {
            width = Math.max(width, e.getIds().length);
        }
        long[][] ids = new long[rows][width];
        long[][] mask = new long[rows][width];
        long[][] types = new long[rows][width];
        for (int r = 0; r < rows; r++) {
            long[] tokenIds = encodings[r].getIds();
            System.arraycopy(tokenIds, 0, ids[r], 0, tokenIds.length);
            for (int c = 0; c < tokenIds.length; c++) {
                mask[r][c] = 1;
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return pool(hidden, mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cluster: embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static List<float[]> pool(float[][][] hidden, long[][] mask) {
        List<float[]> out = new ArrayList<>(hidden.length);
        for (int r = 0; r < hidden.length; r++) {
            float[] sum = new float[DIMENSIONS];
            for (int t = 0; t < hidden[r].length; t++) {
                if (mask[r][t] == 1) {
                    Vectors.addTo(sum, hidden[r][t], 1f);
                }
            }
            out.add(Vectors.normalise(sum));
        }
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("cluster: resource " + name + " is not on the classpath");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cluster: cannot close the embedding model", e);
        } finally {
            tokenizer.close();
        }
    }
}
