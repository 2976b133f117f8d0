#!/usr/bin/env bash
# Enrichment benchmark: whole-process articles/s of `storyloom enrich` (language, sentences, POS, entities, quotes,
# attributions, hashtags) against `storyloom cluster` (dedup + MiniLM embedding + clustering) on the same articles,
# both on 2 cores (taskset -c 0,1), one run each after building the jar; prints the cost ratio per article.
# Issue 5's goal: enrichment costs no more than half of clustering per article (ratio <= 0.5).
# Then (skip with STEADY=0) the steady state (nlp.EnrichCostBenchmark): one process loads both stages once, runs
# WARMUP=2 rounds, then ROUNDS=3 timed rounds over the same articles, each round an enrichment pass on fresh
# threads, one on warm threads and a clustering pass (2 threads each), and prints per-article CPU and wall ms
# and the ratios: the marginal cost per article, without model loading and the JIT's start-up compiling.
# Usage (from the repo root): [STEADY=0] [ROUNDS=3] [WARMUP=2] bench/enrich/run.sh [ARTICLES.jsonl ...]
# Default input: the full-text articles of ../shared/corpora/clustering/ecbplus-odd and summaries/cnndm (842).
# Over the clustering corpora (40,187 lines, mostly titles or short snippets, so a different cost per article;
# start-up is spread over 48 times more articles; about 20 minutes under load):
#   ROUNDS=1 WARMUP=1 bench/enrich/run.sh ../shared/corpora/clustering/*/articles.jsonl
# Whole-process figures are wall and CPU (user + sys, /usr/bin/time -v); the ratios are enrich over cluster.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh
shared="${STORYLOOM_SHARED:-../shared}"
[ -f target/storyloom.jar ] || ./mvnw -B -q -o package -DskipTests
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ "$#" -eq 0 ]; then
  set -- "$shared/corpora/clustering/ecbplus-odd/articles.jsonl" "$shared/corpora/summaries/cnndm/articles.jsonl"
fi
cat "$@" >"$tmp/in.jsonl"
n="$(grep -c . "$tmp/in.jsonl")"
echo "articles: $n from $*; 2 cores (taskset -c 0,1)"
run() { # name, subcommand
  local start end
  start="$(date +%s.%N)"
  /usr/bin/time -v taskset -c 0,1 "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar target/storyloom.jar "$2" \
    --in "$tmp/in.jsonl" --out "$tmp/$1.jsonl" 2>"$tmp/$1.err" >/dev/null || { cat "$tmp/$1.err" >&2; exit 1; }
  end="$(date +%s.%N)"
  local rss cpu
  rss="$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tmp/$1.err")"
  cpu="$(awk -F: '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$tmp/$1.err")"
  awk -v s="$start" -v e="$end" -v n="$n" -v name="$1" -v rss="$rss" -v cpu="$cpu" \
    'BEGIN {printf "%-8s %8.1f s wall %8.1f s cpu %8.1f articles/s %6d MB peak RSS (whole process, loading included)\n", name, e-s, cpu, n/(e-s), rss}'
  echo "$1 $start $end $cpu" >>"$tmp/times"
}
run cluster cluster
run enrich enrich
grep -h "articles/s" "$tmp/enrich.err" | tail -1 | sed 's/^/enrich stage only: /'
awk '{t[$1]=$3-$2; c[$1]=$4} END {printf "enrich/cluster cost per article, whole process: wall %.2f, cpu %.2f (goal <= 0.50)\n", t["enrich"]/t["cluster"], c["enrich"]/c["cluster"]}' "$tmp/times"
[ "${STEADY:-1}" = 0 ] && exit 0
./mvnw -B -q -o test-compile -Dcheckstyle.skip >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
taskset -c 0,1 "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.storyloom.nlp.EnrichCostBenchmark "${ROUNDS:-3}" "${WARMUP:-2}" "$tmp/in.jsonl"
