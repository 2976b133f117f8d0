#!/usr/bin/env bash
# Timeline gate (issue 6): runs org.storyloom.summary.DateEvaluation over the hand-labelled sentences listed in
# src/test/resources/org/storyloom/summary/dates-gold.txt (texts read in place under ../shared, never copied) and
# fails when a score falls below .ci/gates/timeline.floor. STORYLOOM_SHARED overrides the location of ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${STORYLOOM_SHARED:-../shared}"
if [ ! -d "$shared/corpora" ]; then
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/corpora" ]; then
    shared="$(dirname "$common")/../shared"
  fi
fi
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
while IFS='=' read -r metric floor; do
  case "$metric" in ''|'#'*) continue ;; esac
  got="$(echo "$scores" | tr ' ' '\n' | sed -n "s/^$metric=//p")"
  if [ -z "$got" ]; then
    echo "timeline gate: FAIL, no figure for $metric" >&2; status=1; continue
  fi
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) + 1e-9 >= float(sys.argv[2]) else 1)' "$got" "$floor"; then
    printf 'timeline gate: %-18s %.4f >= %s ok\n' "$metric" "$got" "$floor"
  else
    printf 'timeline gate: %-18s %.4f <  %s FAIL\n' "$metric" "$got" "$floor" >&2
    status=1
  fi
done < .ci/gates/timeline.floor
exit $status
