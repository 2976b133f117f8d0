#!/usr/bin/env bash
# Gate (issue 6): `storyloom summarize` key points over ../shared/corpora/summaries/cnndm and story briefs over
# ../shared/corpora/summaries/multinews (read in place, never copied), scored by ../shared/tools/rouge --stem.
# Fails when a ROUGE F falls below its floor in .ci/gates/summaries.floor (floors only go up), when two key points
# of one article say the same thing (more than 60% of the shorter one's content words of 4 letters or more in the other),
# when an article has fewer than 3 or more than 5 key points (articles of fewer than 3 sentences excepted), or when a brief sentence cites no
# article of its own story. STORYLOOM_SHARED overrides the location of ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/gates/lib/common.sh
find_shared corpora/summaries
corpus="$shared/corpora/summaries"
rouge="$shared/tools/rouge"
if [ ! -d "$corpus/cnndm" ] || [ ! -d "$corpus/multinews" ] || [ ! -x "$rouge" ]; then
  echo "summaries gate: skipped, corpus $corpus or scorer $rouge is absent"
  exit 0
fi
source .ci/find-jdk.sh
jar=target/storyloom.jar
[ -f "$jar" ] || { echo "summaries gate: $jar missing (run ./mvnw verify first)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
summarize() {
  timeout 900 "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Xmx2g -jar "$jar" summarize "$@" \
    2>"$work/err" || { echo "summaries gate: FAIL, summarize exited with $? (124 = hung)" >&2; tail -5 "$work/err" >&2; exit 1; }
}
summarize --in "$corpus/cnndm/articles.jsonl" --out "$work/keypoints.jsonl"
python3 - "$corpus/multinews" "$work" <<'PY'
import json, sys
corpus, work = sys.argv[1], sys.argv[2]
story = {}
for line in open(f"{corpus}/clusters.jsonl", encoding="utf-8"):
    if line.strip():
        c = json.loads(line)
        for a in c["articles"]:
            story[a] = c["cluster"]
with open(f"{work}/stories-in.jsonl", "w", encoding="utf-8") as out:
    for line in open(f"{corpus}/articles.jsonl", encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            a["story"] = story[a["id"]]
            out.write(json.dumps(a) + "\n")
PY
summarize --stories --in "$work/stories-in.jsonl" --out "$work/briefs.jsonl"
python3 - "$corpus" "$work" <<'PY'
import json, re, sys
corpus, work = sys.argv[1], sys.argv[2]
STOP = set("""about after again also among been before being between both could does doing down during each even
from further have having here into just like more most much must only other over same should some such than that
their them then there these they this those through under until very were what when where which while will with
would your said says""".split())
def words(text):
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3 and w not in STOP]
problems = []
with open(f"{work}/keypoints-pred.jsonl", "w", encoding="utf-8") as out:
    for line in open(f"{work}/keypoints.jsonl", encoding="utf-8"):
        item = json.loads(line)
        points = item["keyPoints"]
        if len(points) > 5 or (len(points) < 3 and item["sentences"] >= 3):
            problems.append(f"{item['id']}: {len(points)} key points")
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                a, b = set(words(points[i])), set(words(points[j]))
                if a and b and len(a & b) / min(len(a), len(b)) > 0.6:
                    problems.append(f"{item['id']}: key points {i} and {j} say the same thing")
        out.write(json.dumps({"id": item["id"], "summary": "\n".join(points)}) + "\n")
members = {}
for line in open(f"{corpus}/multinews/clusters.jsonl", encoding="utf-8"):
    if line.strip():
        c = json.loads(line)
        members[c["cluster"]] = set(c["articles"])
with open(f"{work}/briefs-pred.jsonl", "w", encoding="utf-8") as out:
    for line in open(f"{work}/briefs.jsonl", encoding="utf-8"):
        item = json.loads(line)
        for sentence in item["brief"]:
            cited = set(sentence["sources"])
            if not cited or not cited <= members[item["story"]]:
                problems.append(f"{item['story']}: brief sentence cites {sorted(cited)}")
        out.write(json.dumps({"id": item["story"], "summary": "\n".join(s["text"] for s in item["brief"])}) + "\n")
for p in problems[:20]:
    print("summaries gate: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
status=0
check() {
  local name="$1" refs="$2" preds="$3"
  "$rouge" "$refs" "$preds" --stem --json >"$work/$name.score"
  python3 - "$name" "$work/$name.score" .ci/gates/summaries.floor <<'PY' || status=1
import json, sys
name, path, floors = sys.argv[1], sys.argv[2], sys.argv[3]
s = json.load(open(path))
floor = dict(l.strip().split("=", 1) for l in open(floors) if "=" in l and not l.startswith("#"))
ok = True
for metric in ("rouge1", "rouge2"):
    got = s[metric]["fmeasure"]
    need = float(floor.get(f"{name}.{metric}_min", 0))
    verdict = "ok" if got + 1e-9 >= need else "FAIL"
    ok &= verdict == "ok"
    print(f"summaries gate: {name:9s} {metric} F {got:.4f} (floor {need:.3f}) {verdict}")
sys.exit(0 if ok else 1)
PY
}
check cnndm "$corpus/cnndm/references.jsonl" "$work/keypoints-pred.jsonl"
check multinews "$corpus/multinews/references.jsonl" "$work/briefs-pred.jsonl"
[ "$status" -eq 0 ] && echo "summaries gate: every key point distinct, every brief sentence cited"
exit $status
