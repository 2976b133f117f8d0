#!/usr/bin/env bash
# Timeline gate (issue 6): runs org.storyloom.summary.DateEvaluation over the hand-labelled sentences listed in
# src/test/resources/org/storyloom/summary/dates-gold.txt (texts read in place under ../shared, never copied) and
# fails when a score falls below .ci/gates/timeline.floor. STORYLOOM_SHARED overrides the location of ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/gates/lib/common.sh
find_shared corpora
if [ ! -f "$shared/corpora/clustering/ecbplus-odd/articles.jsonl" ] || [ ! -f "$shared/corpora/summaries/cnndm/articles.jsonl" ]; then
  echo "timeline gate: skipped, corpora absent under $shared"
  exit 0
fi
source .ci/find-jdk.sh
jar=target/storyloom.jar
[ -f "$jar" ] || { echo "timeline gate: $jar missing (run ./mvnw verify first)" >&2; exit 1; }
out="$("$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" \
  org.storyloom.summary.DateEvaluation src/test/resources/org/storyloom/summary/dates-gold.txt "$shared" ${TIMELINE_VERBOSE:+--verbose})"
echo "$out" | grep -v '^scores'
scores="$(echo "$out" | grep '^scores')"
status=0
check_floors timeline "$scores" .ci/gates/timeline.floor || status=1
exit $status
