#!/usr/bin/env bash
# Related-articles lookup latency (StoryService.relatedArticles, what the article page asks) on a store of
# generated articles. Usage: bench/related/run.sh [ARTICLES=1000000] [DIR=target/related-bench]
# How the store is built (pipeline/RelatedLookupBenchmark): ARTICLES articles 8 s apart from 200 outlets, titles
# and 40-word texts of made-up words, each in a story (one article in eight starts a story, the others join a
# recent one, so sizes have a long tail; one story is a burst of 10,000 wire copies), a tenth copies of their
# story's first article, each with a 384-dimension unit vector near its story's random centroid (no model run).
# They go into SQLite through the store API (placements and story rows included); a DIR already holding a store
# is reused. The 3-day window is then rebuilt as serve does at start, and random articles are looked up:
# p50 / p99 / p99.9 / max for all articles and for articles in the window, in wall time and in the lookup thread's
# own CPU time. 1,000,000 articles take ~3.1 GB of disk and ~30 minutes to build on a loaded 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec taskset -c 0,1 "$JAVA_HOME/bin/java" -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.storyloom.pipeline.RelatedLookupBenchmark "${1:-1000000}" "${2:-target/related-bench}"
