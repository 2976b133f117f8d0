#!/usr/bin/env bash
# Parse + store throughput and peak memory for 100,000 generated feed entries (1,000 feeds x 100 entries).
# Usage: bench/ingest/run.sh [FEEDS] [ENTRIES]   (builds the test classes if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dspotless.check.skip=true >/dev/null 2>&1 || ./mvnw -B -q test-compile -Dspotless.check.skip=true
cp="target/test-classes:target/classes:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.storyloom.pipeline.IngestBenchmark "${1:-1000}" "${2:-100}"
