#!/usr/bin/env bash
# Answer latency (issue 6 goal: under 50 ms for a 50-article story on one core): JMH sample time of
# summary/AnswerBenchmark, pinned to one core (taskset -c 0), three peers in the same run: BM25 alone; BM25 +
# all-MiniLM-L6-v2 with the story's sentence vectors cached (only the question is embedded); BM25 + MiniLM with
# nothing cached (the question and its top BM25 candidates are embedded per question). The story is the first 50
# articles of ARTICLES.jsonl (default ../shared/corpora/clustering/ecbplus-odd/articles.jsonl; a hand-written story
# repeated when absent). Prints the median and p90 of each. Then pipeline/StoryAnswersBenchmark: the same story in a
# SQLite store, asked the whole way the story page asks (StoryAnswers.ask: articles read, split, stored sentence
# vectors looked up, retrieval, answer): the first question of a story version with its sentence vectors made ahead
# by SentenceVectorWorker, with none made ahead, and a later question; it prints first what making them cost.
# Usage: bench/answer/run.sh [ARTICLES.jsonl]   (ONLY=store runs the second part alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
run() {
  taskset -c 0 "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$@"
}
if [ "${ONLY:-}" != store ]; then
  run org.storyloom.summary.AnswerBenchmark "${1:-}"
fi
run org.storyloom.pipeline.StoryAnswersBenchmark "${1:-}"
