#!/usr/bin/env bash
# Summary cost for one 50-article story (summary.DigestBenchmark) on one core: sentence splitting + brief + every
# article's key points + timeline (goal: median under 200 ms), then the whole digest with perspectives; the first
# 50 articles of ../shared/corpora/clustering/ecbplus-odd/articles.jsonl (real news text, read in place).
# Usage: bench/summary/run.sh [ARTICLES.jsonl] [N=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec taskset -c 0 "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.storyloom.summary.DigestBenchmark "${1:-../shared/corpora/clustering/ecbplus-odd/articles.jsonl}" "${2:-50}"
