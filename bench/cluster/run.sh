#!/usr/bin/env bash
# Stories stage benchmark: dedup + embedding (all-MiniLM-L6-v2 q, ONNX, 2 threads) + clustering over generated
# articles (8 s apart, so a 3-day window holds ~32,000). Usage: bench/cluster/run.sh [ARTICLES=100000] [onnx|bow]
# "bow" swaps the model for a bag-of-words stand-in to time dedup + clustering alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec taskset -c 0,1 "$JAVA_HOME/bin/java" -Xmx3g --enable-native-access=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.storyloom.cluster.StoryStageBenchmark "${1:-100000}" "${2:-onnx}"
