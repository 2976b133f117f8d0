package org.storyloom.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyloom.cli.ClusterCommand;
import picocli.CommandLine;

/**
 * Not a test: runs {@code storyloom cluster} in process over corpus files with embeddings cached on disk, so
 * clustering settings can be tried quickly. Usage: ClusterTuningBenchmark CACHE_DIR IN OUT [IN OUT]...
 */
public final class ClusterTuningBenchmark {

    private ClusterTuningBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path cacheDir = Path.of(args[0]);
        Files.createDirectories(cacheDir);
        try (OnnxEmbedder model = new OnnxEmbedder()) {
            for (int i = 1; i + 1 < args.length; i += 2) {
                Path in = Path.of(args[i]);
                Path cache = cacheDir.resolve(
                        java.util.Objects.requireNonNull(in.toAbsolutePath().getParent())
                                        .getFileName() + ".bin");
                Caching embedder = new Caching(model, cache);
                ClusterCommand command = new ClusterCommand();
                new CommandLine(command).parseArgs("--in", args[i], "--out", args[i + 1]);
                long start = System.nanoTime();
                command.run(embedder, config());
                System.err.printf("%s: %.1f s%n", in, (System.nanoTime() - start) / 1e9);
                embedder.save();
            }
        }
    }

    private static ClusterConfig config() {
        ClusterConfig d = ClusterConfig.defaults();
        return new ClusterConfig(
                d.window(),
                Double.parseDouble(System.getProperty("w", "" + d.embeddingWeight())),
                Double.parseDouble(System.getProperty("join", "" + d.joinThreshold())),
                Double.parseDouble(System.getProperty("merge", "" + d.mergeThreshold())),
                Double.parseDouble(System.getProperty("split", "" + d.splitThreshold())),
                d.minSplitSize(),
                d.timeGrace(),
                d.timePenaltyPerDay(),
                Double.parseDouble(System.getProperty("names", "" + d.nameBoost())),
                Integer.parseInt(System.getProperty("lead", "" + d.leadWords())),
                d.candidateTerms(),
                d.maxCandidates(),
                d.storyTerms());
    }

    /** An embedder that remembers vectors by text in a file. */
    static final class Caching implements Embedder {
        private final Embedder inner;
        private final Path file;
        private final Map<String, float[]> known = new HashMap<>();

        Caching(Embedder inner, Path file) throws IOException {
            this.inner = inner;
            this.file = file;
            if (Files.exists(file)) {
                try (DataInputStream in =
                        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String text = in.readUTF();
                        float[] v = new float[inner.dimensions()];
                        for (int j = 0; j < v.length; j++) {
                            v[j] = in.readFloat();
                        }
                        known.put(text, v);
                    }
                }
            }
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<String> missing =
                    texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> vectors = inner.embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    known.put(missing.get(i), vectors.get(i));
                }
            }
            List<float[]> out = new ArrayList<>();
            texts.forEach(t -> out.add(java.util.Objects.requireNonNull(known.get(t))));
            return out;
        }

        void save() {
            try (DataOutputStream out =
                    new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(known.size());
                for (Map.Entry<String, float[]> e : known.entrySet()) {
                    out.writeUTF(e.getKey().length() > 20000 ? e.getKey().substring(0, 20000) : e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
