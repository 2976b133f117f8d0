#!/usr/bin/env bash
# Entity gate (issue 5): runs org.storyloom.nlp.EntityEvaluation over the hand-labelled articles listed in
# src/test/resources/org/storyloom/nlp/entities-gold.txt (texts read in place under ../shared, never copied) and
# fails when precision or recall (per type or overall) falls below .ci/gates/entities.floors; then checks that
# every person, place and organisation ../shared/seed/README.md lists for the seed page is found with its type
# (entities-seed-required.txt). STORYLOOM_SHARED overrides the location of ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/gates/lib/common.sh
find_shared corpora
if [ ! -d "$shared/corpora/quotes" ] || [ ! -f "$shared/seed/seed-page.txt" ]; then
  echo "entities gate: skipped, corpora or seed page absent under $shared"
  exit 0
fi
source .ci/find-jdk.sh
jar=target/storyloom.jar
[ -f "$jar" ] || { echo "entities gate: $jar missing (run ./mvnw verify first)" >&2; exit 1; }
gold=src/test/resources/org/storyloom/nlp
run() { "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" org.storyloom.nlp.EntityEvaluation "$@"; }
out="$(run "$gold/entities-gold.txt" "$shared")"
echo "$out" | grep -v '^scores'
status=0
scores="$(echo "$out" | grep '^scores')"
check_floors entities "$scores" .ci/gates/entities.floors || status=1
if run "$gold/entities-seed-required.txt" "$shared" --required --verbose >/tmp/entities-seed.$$ 2>&1; then
  echo "entities gate: seed page, all $(grep -c $'\t' "$gold/entities-seed-required.txt") listed entities found with their type"
else
  cat /tmp/entities-seed.$$ >&2
  echo "entities gate: FAIL, the seed page misses listed entities" >&2
  status=1
fi
rm -f /tmp/entities-seed.$$
exit $status
