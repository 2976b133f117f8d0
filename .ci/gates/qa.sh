#!/usr/bin/env bash
# Q&A gate (issue 6): runs org.storyloom.summary.AnswerEvaluation over the question set in
# src/test/resources/org/storyloom/summary/qa-questions.txt (stories built from articles read in place under
# ../shared/corpora, never copied) with BM25 + all-MiniLM-L6-v2 embeddings (ONNX, in process), and fails when the
# share of answerable questions answered with a sentence holding the expected evidence, or the share of
# unanswerable questions abstained, falls below .ci/gates/qa.floors. STORYLOOM_SHARED overrides ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${STORYLOOM_SHARED:-../shared}"
if [ ! -d "$shared/corpora" ]; then
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/corpora" ]; then
    shared="$(dirname "$common")/../shared"
  fi
fi
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
while IFS='=' read -r metric floor; do
  case "$metric" in ''|'#'*) continue ;; esac
  got="$(echo "$scores" | tr ' ' '\n' | sed -n "s/^$metric=//p")"
  if [ -z "$got" ]; then
    echo "qa gate: FAIL, no figure for $metric" >&2; status=1; continue
  fi
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) + 1e-9 >= float(sys.argv[2]) else 1)' "$got" "$floor"; then
    printf 'qa gate: %-10s %.4f >= %s ok\n' "$metric" "$got" "$floor"
  else
    printf 'qa gate: %-10s %.4f <  %s FAIL\n' "$metric" "$got" "$floor" >&2
    status=1
  fi
done < .ci/gates/qa.floors
exit $status
