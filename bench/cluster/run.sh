#!/usr/bin/env bash
# Stories path end to end: dedup + embedding (all-MiniLM-L6-v2 q, ONNX) + clustering + indexing each placed batch
# (title, text and embedding) in a Lucene index on disk, as the app does; the next batch is embedded while the
# current one is placed and indexed. Generated articles (cluster/ArticleGenerator: 8 s apart, so a 3-day window
# holds ~32,000; a tenth wire copies; common English words plus made-up names, ~56 tokens per embedded text).
# Usage: bench/cluster/run.sh [ARTICLES=100000] [onnx|bow] [BATCHES_AT_ONCE=2] [BATCH=16] [overlapped|sequential]
# "bow" swaps the model for a bag-of-words stand-in to time dedup + clustering + indexing alone; "sequential"
# embeds and places each batch in turn (the peer to compare with). Prints articles/s (wall and per CPU-second),
# heap per 10,000 active articles and peak RSS. Embedder alone: EMBED=1 bench/cluster/run.sh TEXTS THREADS BATCH
# MAX_TOKENS CALL [articles.jsonl].
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
main=org.storyloom.cluster.StoryStageBenchmark
args=("${1:-100000}" "${2:-onnx}" "${3:-2}" "${4:-16}" "${5:-overlapped}")
if [ -n "${EMBED:-}" ]; then
  main=org.storyloom.cluster.EmbedderBenchmark
  args=("$@")
fi
exec taskset -c 0,1 "$JAVA_HOME/bin/java" -Xmx3g --enable-native-access=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$main" "${args[@]}"
