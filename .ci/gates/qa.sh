#!/usr/bin/env bash
# Q&A gate (issue 6): runs org.storyloom.summary.AnswerEvaluation over the question set in
# src/test/resources/org/storyloom/summary/qa-questions.txt (stories built from articles read in place under
# ../shared/corpora, never copied) with BM25 + all-MiniLM-L6-v2 embeddings (ONNX, in process), and fails when the
# share of answerable questions answered with a sentence holding the expected evidence, or the share of
# unanswerable questions abstained, falls below .ci/gates/qa.floors. STORYLOOM_SHARED overrides ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/gates/lib/common.sh
find_shared corpora
if [ ! -d "$shared/corpora/summaries/multinews" ] || [ ! -d "$shared/corpora/clustering/ecbplus-odd" ]; then
  echo "qa gate: skipped, corpora absent under $shared"
  exit 0
fi
source .ci/find-jdk.sh
jar=target/storyloom.jar
[ -f "$jar" ] || { echo "qa gate: $jar missing (run ./mvnw -B -q -o package -DskipTests first)" >&2; exit 1; }
out="$("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$jar" org.storyloom.summary.AnswerEvaluation src/test/resources/org/storyloom/summary/qa-questions.txt "$shared")"
echo "$out" | grep -v '^scores'
scores="$(echo "$out" | grep '^scores')"
status=0
check_floors qa "$scores" .ci/gates/qa.floors || status=1
exit $status
