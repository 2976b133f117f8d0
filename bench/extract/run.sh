#!/usr/bin/env bash
# Extraction benchmark: pages/s on one core (taskset -c 0) and peak resident memory over the scrapinghub
# pages, Storyloom's extractor next to Mozilla Readability 0.6 on linkedom and on jsdom, in one run.
# Usage (from the repo root, after ./mvnw package built target/storyloom.jar): bench/extract/run.sh [CORPUS_HTML_DIR]
# Each contender gets WARMUP unrecorded warm-up passes over all pages (default 10: the JVM's JIT on one core needs
# about that many to reach steady state; Node's is as fast after one), then a timed pass; peak RSS covers all passes.
# jsdom gets one warm-up pass: at about 2 pages/s more would take many minutes and it does not speed up.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
warmup="${WARMUP:-10}"
dir="${1:-${STORYLOOM_SHARED:-../shared}/corpora/extraction/scrapinghub/html}"
[ -d "$dir" ] || { echo "bench: no pages at $dir" >&2; exit 1; }
[ -f target/storyloom.jar ] || { echo "bench: build target/storyloom.jar first (./mvnw -B package -DskipTests)" >&2; exit 1; }
bench=bench/extract
if [ ! -d "$bench/node_modules/@mozilla/readability" ] || [ ! -d "$bench/node_modules/linkedom" ] || [ ! -d "$bench/node_modules/jsdom" ]; then
  (cd "$bench" && npm install --no-audit --no-fund --silent --prefix . @mozilla/readability@0.6 linkedom jsdom >/dev/null)
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pin="taskset -c 0"
measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v $pin "$@" 2>"$tmp/$name.err" >/dev/null || { cat "$tmp/$name.err" >&2; exit 1; }
  local rate rss
  rate="$(grep -Eo '[0-9.]+ pages/s' "$tmp/$name.err" | tail -1)"
  rss="$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tmp/$name.err")"
  printf '%-22s %14s %10s MB\n' "$name" "$rate" "$rss"
  echo "$name ${rate% pages/s} $rss" >>"$tmp/table"
}
echo "pages: $(ls "$dir" | wc -l) from $dir; one core (taskset -c 0); $warmup warm-up passes"
printf '%-22s %14s %13s\n' contender throughput "peak RSS"
measure storyloom "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -jar target/storyloom.jar \
  extract --dir "$dir" --jsonl "$tmp/out.jsonl" --threads 1 --warmup "$warmup"
measure readability-linkedom node "$bench/readability-bench.mjs" linkedom "$dir" "$warmup"
measure readability-jsdom node "$bench/readability-bench.mjs" jsdom "$dir" 1
awk 'NR==1 {s=$2; sr=$3} $1=="readability-linkedom" {l=$2; lr=$3}
     END {printf "storyloom vs readability-linkedom: %.1fx throughput, %.2fx peak RSS\n", s/l, sr/lr}' "$tmp/table"
