#!/usr/bin/env bash
# Gate: `storyloom cluster` over each labelled set of ../shared/corpora/clustering (never copied here), scored
# by ../shared/tools/cluster-eval. One configuration for all sets. Fails when B-cubed F1 or NMI of a set falls
# below its floor in .ci/gates/clustering.floor (floors only go up). STORYLOOM_CLUSTERING_CORPUS overrides
# the corpus folder, STORYLOOM_CLUSTER_EVAL the scorer.
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS="${STORYLOOM_CLUSTERING_CORPUS:-../shared/corpora/clustering}"
EVAL="${STORYLOOM_CLUSTER_EVAL:-../shared/tools/cluster-eval}"
if [ ! -d "$CORPUS" ]; then
  # a git worktree sits elsewhere: look beside the main checkout too
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/corpora/clustering" ]; then
    CORPUS="$(dirname "$common")/../shared/corpora/clustering"
    EVAL="$(dirname "$common")/../shared/tools/cluster-eval"
  fi
fi
if [ ! -d "$CORPUS" ] || [ ! -x "$EVAL" ]; then
  echo "clustering gate: skipped, corpus $CORPUS or scorer $EVAL is absent"
  exit 0
fi
source .ci/find-jdk.sh
[ -f target/storyloom.jar ] || { echo "clustering gate: target/storyloom.jar missing (run ./mvnw verify first)"; exit 1; }
floor() { sed -n "s/^$1=//p" .ci/gates/clustering.floor; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failed=0
for set in googlenews-ts uci-headlines ecbplus-odd googlenews-t googlenews-s; do
  dir="$CORPUS/$set"
  if [ ! -f "$dir/articles.jsonl" ]; then
    echo "clustering gate: $set absent, skipped"
    continue
  fi
  start=$(date +%s)
  status=0
  timeout 1200 "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Xmx2g -jar target/storyloom.jar \
    cluster --in "$dir/articles.jsonl" --out "$WORK/$set.jsonl" 2>"$WORK/$set.err" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "clustering gate: FAIL, cluster exited with $status on $set (124 = hung)"; tail -5 "$WORK/$set.err"; exit 1
  fi
  "$EVAL" --json "$dir/gold.jsonl" "$WORK/$set.jsonl" >"$WORK/$set.score"
  python3 - "$set" "$WORK/$set.score" "$(floor "$set.bcubed_f1_min")" "$(floor "$set.nmi_min")" "$(( $(date +%s) - start ))" <<'PY' || failed=1
import json, sys
name, path, f1_floor, nmi_floor, seconds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
s = json.load(open(path))
b = s["bcubed"]
print(f"{name:14s} items {s['items']:6d} gold {s['gold_clusters']:4d} pred {s['pred_clusters']:5d}  "
      f"B3 P {b['precision']:.4f} R {b['recall']:.4f} F1 {b['f1']:.4f}  NMI {s['nmi']:.4f}  ARI {s['ari']:.4f}  "
      f"({seconds} s; floors F1 {f1_floor or '-'} NMI {nmi_floor or '-'})")
ok = (not f1_floor or b["f1"] >= float(f1_floor)) and (not nmi_floor or s["nmi"] >= float(nmi_floor))
if not ok:
    print(f"clustering gate: FAIL, {name} below its floor")
    sys.exit(1)
PY
done
if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "clustering gate: ok"
