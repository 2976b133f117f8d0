#!/usr/bin/env bash
# Quick quality loop for extractor work: compiles the extract package (and the extract command) over the built jar
# into a scratch folder that shadows the jar's classes, runs `extract --dir` over each corpus and prints the scores.
# Much faster than a Maven build; the gate (.ci/gates/extraction.sh) stays the word that counts.
# Usage (repo root, after target/storyloom.jar exists): bench/extract/quality.sh [CORPUS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
shared="${STORYLOOM_SHARED:-../shared}"
out="${QUALITY_OUT:-$(mktemp -d)}"
mkdir -p "$out/classes"
"$JAVA_HOME/bin/javac" -nowarn -proc:none --release 21 -cp target/storyloom.jar -d "$out/classes" \
  src/main/java/org/storyloom/extract/*.java src/main/java/org/storyloom/cli/ExtractCommand.java
for corpus in "${@:-scrapinghub wcxb-dev}"; do
  for c in $corpus; do
    "$JAVA_HOME/bin/java" -cp "$out/classes:target/storyloom.jar" org.storyloom.Main extract \
      --dir "$shared/corpora/extraction/$c/html" --jsonl "$out/$c.jsonl" 2>/dev/null >/dev/null
    echo "$c ($out/$c.jsonl)"
    python3 "$shared/tools/extract-eval" "$shared/corpora/extraction/$c" "$out/$c.jsonl"
  done
done
