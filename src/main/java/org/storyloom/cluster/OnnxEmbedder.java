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
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * all-MiniLM-L6-v2 (quantized) in process over ONNX Runtime: the model and tokenizer are read from the
 * classpath (the langchain4j model jar carries them), nothing is fetched. The texts of one call are tokenized
 * together, sorted by token count and cut into batches, so each batch is padded only to the longest of
 * similar lengths; vectors come back in input order, mean-pooled over real tokens and L2-normalised (the
 * mean's scale drops out on normalising, so the sum is used). With {@code threads > 1} the batches of one call
 * run side by side, one thread each: on small batches that keeps every core busy at less cost than splitting
 * each matrix product across threads. One instance holds the loaded model; the caller creates it once and
 * closes it. Thread-safe: ONNX sessions run concurrently.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int batchSize;
    private final @Nullable ExecutorService workers;

    /**
     * Loads the model, splits the texts of a call into batches of {@code batchSize} and runs up to
     * {@code threads} batches at once; texts are cut at {@code maxTokens} tokens.
     */
    public OnnxEmbedder(int threads, int batchSize, int maxTokens) {
        this.batchSize = Math.max(1, batchSize);
        this.workers = threads > 1
                ? Executors.newFixedThreadPool(
                        threads,
                        Thread.ofPlatform().daemon().name("embedder-", 0).factory())
                : null;
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
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

    /** Two batches at once, batches of 16, texts cut at 128 tokens (title plus lead fit). */
    public OnnxEmbedder() {
        this(2, 16, 128);
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Encoding[] encodings = tokenizer.batchEncode(
                texts.stream().map(t -> t.isBlank() ? "-" : t).toList());
        long[][] ids = new long[encodings.length][];
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            ids[i] = encodings[i].getIds();
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids[i].length));
        float[][] out = new float[ids.length][];
        List<Future<?>> running = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            Integer[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
            if (workers == null || order.length <= batchSize) {
                batch(ids, rows, out);
            } else {
                running.add(workers.submit(() -> batch(ids, rows, out)));
            }
        }
        await(running);
        return List.of(out);
    }

    private static void await(List<Future<?>> running) {
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cluster: interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("cluster: embedding failed", e.getCause());
        }
    }

    /** Embeds the texts {@code rows} (sorted by length) into {@code out} at their input positions. */
    private void batch(long[][] ids, Integer[] rows, float[][] out) {
        int width = Math.max(1, ids[rows[rows.length - 1]].length);
        LongBuffer tokenIds = LongBuffer.allocate(rows.length * width);
        LongBuffer mask = LongBuffer.allocate(rows.length * width);
        for (int r = 0; r < rows.length; r++) {
            long[] row = ids[rows[r]];
            for (int c = 0; c < width; c++) {
                tokenIds.put(c < row.length ? row[c] : 0);
                mask.put(c < row.length ? 1 : 0);
            }
        }
        tokenIds.flip();
        mask.flip();
        long[] shape = {rows.length, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, tokenIds, shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask, shape));
            inputs.put(
                    "token_type_ids",
                    OnnxTensor.createTensor(environment, LongBuffer.allocate(rows.length * width), shape));
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int r = 0; r < rows.length; r++) {
                    out[rows[r]] = pool(hidden, r, width, Math.max(1, ids[rows[r]].length));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cluster: embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The normalised sum of the first {@code tokens} hidden states of row {@code r}. */
    private static float[] pool(FloatBuffer hidden, int r, int width, int tokens) {
        float[] sum = new float[DIMENSIONS];
        int base = r * width * DIMENSIONS;
        for (int t = 0; t < tokens; t++) {
            int at = base + t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += hidden.get(at + d);
            }
        }
        return Vectors.normalise(sum);
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
        if (workers != null) {
            workers.shutdownNow();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cluster: cannot close the embedding model", e);
        } finally {
            tokenizer.close();
        }
    }
}
