#!/usr/bin/env bash
# Extraction quality gate: runs `storyloom extract` over each labelled corpus in ../shared/corpora/extraction,
# scores it with ../shared/tools/extract-eval and fails when a metric falls below its floor in
# .ci/gates/extraction.floors. A corpus that is absent is skipped with a message.
# STORYLOOM_SHARED overrides the location of ../shared (e.g. when run from a git worktree).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
floors=.ci/gates/extraction.floors
shared="${STORYLOOM_SHARED:-../shared}"
corpora="$shared/corpora/extraction"
scorer="$shared/tools/extract-eval"
jar=target/storyloom.jar
[ -f "$jar" ] || { echo "extraction gate: $jar missing; run ./mvnw verify first" >&2; exit 1; }
if [ ! -x "$scorer" ] && [ ! -f "$scorer" ]; then
  echo "extraction gate: skipped, scorer $scorer absent"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for corpus in $(grep -v '^#' "$floors" | awk 'NF {print $1}' | sort -u); do
  if [ ! -d "$corpora/$corpus/html" ]; then
    echo "extraction gate: skipped $corpus, corpus absent at $corpora/$corpus"
    continue
  fi
  "$JAVA_HOME/bin/java" -jar "$jar" extract --dir "$corpora/$corpus/html" --jsonl "$tmp/$corpus.jsonl" 2>"$tmp/$corpus.err" \
    || { cat "$tmp/$corpus.err" >&2; echo "extraction gate: extract failed on $corpus" >&2; exit 1; }
  python3 "$scorer" "$corpora/$corpus" "$tmp/$corpus.jsonl" --json >"$tmp/$corpus.score.json"
  while read -r name metric floor; do
    [ "$name" = "$corpus" ] || continue
    got="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$tmp/$corpus.score.json" "$metric")"
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) + 1e-9 >= float(sys.argv[2]) else 1)' "$got" "$floor"; then
      printf 'extraction gate: %-12s %-14s %.4f >= %s ok\n' "$corpus" "$metric" "$got" "$floor"
    else
      printf 'extraction gate: %-12s %-14s %.4f <  %s FAIL\n' "$corpus" "$metric" "$got" "$floor" >&2
      status=1
    fi
  done < <(grep -v '^#' "$floors" | awk 'NF')
done
exit $status
