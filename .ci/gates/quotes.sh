#!/usr/bin/env bash
# Gate: `storyloom quotes` over PolNeAR dev (../shared/corpora/quotes/polnear/dev, never copied here), scored by
# ../shared/tools/quote-eval --quoted-only: quote precision, recall, F1 and speaker accuracy without bare-pronoun
# gold speakers, for the resolved speaker and for the speaker as written. Fails under the floors in
# .ci/gates/quotes.floor (floors only go up), or when a quote of the seed article (../shared/seed) loses its speaker.
# STORYLOOM_SHARED overrides the location of ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${STORYLOOM_SHARED:-../shared}"
if [ ! -d "$shared/corpora/quotes" ]; then
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/corpora/quotes" ]; then
    shared="$(dirname "$common")/../shared"
  fi
fi
corpus="$shared/corpora/quotes/polnear/dev"
scorer="$shared/tools/quote-eval"
seed="$shared/seed/seed-page.txt"
if [ ! -d "$corpus/text" ] || [ ! -f "$scorer" ]; then
  echo "quotes gate: skipped, corpus $corpus or scorer $scorer absent"
  exit 0
fi
source .ci/find-jdk.sh
[ -f target/storyloom.jar ] || { echo "quotes gate: target/storyloom.jar missing (run ./mvnw verify first)"; exit 1; }
floor() { sed -n "s/^$1=//p" .ci/gates/quotes.floor; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
run() { timeout 600 "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar target/storyloom.jar quotes "$@"; }
run --dir "$corpus/text" --jsonl "$WORK/pred.jsonl" 2>"$WORK/err.txt" || { tail -5 "$WORK/err.txt"; echo "quotes gate: FAIL, quotes exited non-zero"; exit 1; }
grep '^quotes:' "$WORK/err.txt" || true
python3 - "$WORK/pred.jsonl" "$WORK/mention.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        doc = json.loads(line)
        for q in doc["quotes"]:
            q["speaker"] = q.get("mention") or q.get("speaker")
        out.write(json.dumps(doc) + "\n")
PY
python3 "$scorer" "$corpus" "$WORK/pred.jsonl" --quoted-only --json >"$WORK/score.json"
python3 "$scorer" "$corpus" "$WORK/mention.jsonl" --quoted-only --json >"$WORK/mention.json"
status=0
python3 - "$WORK/score.json" "$WORK/mention.json" .ci/gates/quotes.floor <<'PY' || status=1
import json, sys
s = json.load(open(sys.argv[1]))
m = json.load(open(sys.argv[2]))
floors = dict(l.strip().split("=", 1) for l in open(sys.argv[3]) if "=" in l and not l.startswith("#"))
got = {
    "quote_precision": s["quote_precision"],
    "quote_recall": s["quote_recall"],
    "quote_f1": s["quote_f1"],
    "speaker_non_pronoun": s["speaker_accuracy_non_pronoun_gold"],
    "mention_non_pronoun": m["speaker_accuracy_non_pronoun_gold"],
}
print(f"quotes gate: polnear dev  gold {s['gold_quotes']} predicted {s['predicted_quotes']} matched {s['matched']}  "
      f"speaker (all gold) {s['speaker_accuracy']:.4f}")
ok = True
for name, value in got.items():
    low = float(floors.get(name + "_min", 0))
    mark = "ok" if value + 1e-9 >= low else "FAIL"
    ok = ok and mark == "ok"
    print(f"quotes gate: {name:22s} {value:.4f}  (floor {floors.get(name + '_min', '-')}) {mark}")
sys.exit(0 if ok else 1)
PY
if [ -f "$seed" ]; then
  sed -n '1,/NEWSWEEK DIGITAL/p' "$seed" >"$WORK/seed.txt"
  run "$WORK/seed.txt" >"$WORK/seed.jsonl" 2>"$WORK/seed.err" || { cat "$WORK/seed.err"; echo "quotes gate: FAIL on the seed"; exit 1; }
  python3 - "$WORK/seed.jsonl" <<'PY' || status=1
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
expected = [  # words of the quote (or "=" and its whole text), its speaker
    ("They fought for the liberation of our land", "Sergei Shoigu"),
    ("=columns.", "Andriy Kovalenko"),
    ("The enemy is pouring everything he can", "Andriy Kovalenko"),
    ("They who fought for justice are all heroes", "Kim Jong Un"),
    ("The Russian people will never forget", "Vladimir Putin"),
    ("With their public admission of the deployment", "South Korea's Foreign Ministry"),
    ("constitutes a grave violation of international norms", "South Korea's Foreign Ministry"),
]
ok = True
for words, speaker in expected:
    found = [q for q in doc["quotes"] if (q["text"] == words[1:] if words.startswith("=") else words in q["text"])]
    right = any(q["speaker"] == speaker for q in found)
    ok = ok and right
    print(f"quotes gate: seed {speaker:32s} {'ok' if right else 'FAIL'}  ({words[:40]}...: "
          f"{[q['speaker'] for q in found] or 'not found'})")
chains = {(a["reporter"], a["via"]) for a in doc["attributions"]}
for chain in [("Sergei Shoigu", "Tass"), ("Kim Jong Un", "KCNA")]:
    right = chain in chains
    ok = ok and right
    print(f"quotes gate: seed attribution {chain[0]} via {chain[1]}: {'ok' if right else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
fi
[ "$status" -eq 0 ] && echo "quotes gate: ok" || { echo "quotes gate: FAIL"; exit 1; }
