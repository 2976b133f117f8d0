#!/usr/bin/env bash
# Gate: one `storyloom parse-feed` run over every file of feedparser's test corpus (../shared, never copied here).
# Fails when a line is missing, a stack trace appears, the run hangs, or the parsed count or the share of
# header expectations met falls below the floors in .ci/gates/feeds.floor (floors only go up).
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS="${STORYLOOM_FEEDS_CORPUS:-../shared/corpora/feeds/feedparser}"
if [ ! -d "$CORPUS" ]; then
  # a git worktree sits elsewhere: look beside the main checkout too
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/corpora/feeds/feedparser" ]; then
    CORPUS="$(dirname "$common")/../shared/corpora/feeds/feedparser"
  fi
fi
if [ ! -d "$CORPUS" ]; then
  echo "feeds gate: skipped, corpus $CORPUS is absent"
  exit 0
fi
source .ci/find-jdk.sh
[ -f target/storyloom.jar ] || { echo "feeds gate: target/storyloom.jar missing (run ./mvnw verify first)"; exit 1; }
floor() { sed -n "s/^$1=//p" .ci/gates/feeds.floor; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mapfile -d '' FILES < <(find "$CORPUS" -type f \( -name '*.xml' -o -name '*.json' \) -print0 | sort -z)
echo "feeds gate: ${#FILES[@]} files from $CORPUS"
status=0
timeout 900 "$JAVA_HOME/bin/java" -jar target/storyloom.jar parse-feed "${FILES[@]}" >"$WORK/out.jsonl" 2>"$WORK/err.txt" \
  || status=$?
if [ "$status" -ne 0 ]; then
  echo "feeds gate: FAIL, parse-feed exited with $status (124 = hung)"; head -5 "$WORK/err.txt"; exit 1
fi
if grep -qE '(Exception|Error)(:|$)|^\s+at [a-zA-Z_$.]+\(' "$WORK/err.txt"; then
  echo "feeds gate: FAIL, stack trace on stderr"; head -10 "$WORK/err.txt"; exit 1
fi
printf '%s\0' "${FILES[@]}" >"$WORK/inputs"
python3 - "$CORPUS" "$WORK/out.jsonl" "$WORK/inputs" "$(floor parsed_min)" "$(floor expect_pass_percent_min)" \
  "${FEEDS_GATE_VERBOSE:-}" <<'PY'
"""Checks parse-feed output against the simple `Expect:` equalities in the feedparser corpus headers.

Only clauses comparing a title, link, author, id or date of the feed or an entry with a literal are checked;
everything else in an expectation (bozo flags, details, sanitising, encodings) is out of scope and skipped.
Arguments: CORPUS OUTPUT_JSONL INPUTS_FILE PARSED_FLOOR PASS_FLOOR [verbose]
"""
import ast
import datetime
import json
import os
import re
import sys

KEYS = {"title", "link", "author", "id", "published_parsed", "updated_parsed"}
SERVER = "http://127.0.0.1:8097/"
# Sanitising HTML is the web layer's job (jsoup Safelist), not the parser's: those expectations are out of scope.
# Files with a Header: line need the HTTP headers feedparser's test server sends; parse-feed reads plain files.
SKIPPED = ("wellformed/sanitize/",)


def expectation(path):
    with open(path, "rb") as f:
        head = f.read(4096).decode("utf-8", "replace")
    m = re.search(r"Expect:\s*(.*?)\s*(?:-->|\n)", head)
    return (m.group(1).strip() if m else None), bool(re.search(r"^Header:", head, re.M))


def path_of(node):
    """['feed', 'title'] or ['entries', 0, 'link'] for feed['title'] / entries[0].link, else None."""
    parts = []
    while True:
        if isinstance(node, ast.Subscript):
            key = node.slice
            if not isinstance(key, ast.Constant):
                return None
            parts.append(key.value)
            node = node.value
        elif isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            return list(reversed(parts))
        else:
            return None


def actual(feed, path):
    if path[0] == "feed" and len(path) == 2:
        return path[1] in ("title", "link"), feed.get(path[1])
    if path[0] == "entries" and len(path) == 3 and isinstance(path[1], int):
        entries = feed.get("entries", [])
        if path[1] >= len(entries):
            return True, None
        entry = entries[path[1]]
        key = path[2]
        if key.endswith("_parsed"):
            value = entry.get(key[: -len("_parsed")])
            return True, value
        return True, entry.get(key)
    return False, None


def same(path, expected, value, root_uri):
    if path[-1].endswith("_parsed"):
        if value is None or not isinstance(expected, tuple):
            return False
        when = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return tuple(expected[:6]) == (when.year, when.month, when.day, when.hour, when.minute, when.second)
    if isinstance(expected, str) and path[-1] == "link":
        expected = expected.replace(SERVER, root_uri)
        value = value.replace("file:///", "file:/") if isinstance(value, str) else value
        expected = expected.replace("file:///", "file:/")
    return expected == value


def clauses(expr):
    tree = ast.parse(expr, mode="eval").body
    items = tree.values if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And) else [tree]
    for item in items:
        if isinstance(item, ast.Compare) and len(item.ops) == 1 and isinstance(item.ops[0], ast.Eq):
            path = path_of(item.left)
            if path and path[0] in ("feed", "entries") and isinstance(path[-1], str) and path[-1] in KEYS:
                try:
                    yield path, ast.literal_eval(item.comparators[0])
                except ValueError:
                    continue


def main():
    corpus, output, inputs_file = sys.argv[1], sys.argv[2], sys.argv[3]
    parsed_floor, pass_floor = int(sys.argv[4]), float(sys.argv[5])
    verbose = len(sys.argv) > 6 and sys.argv[6] != ""
    inputs = [p for p in open(inputs_file, encoding="utf-8").read().split("\0") if p]
    lines = open(output, encoding="utf-8").read().splitlines()
    results = []
    for line in lines:
        try:
            results.append(json.loads(line))
        except ValueError:
            print(f"feeds gate: FAIL, not a JSON line: {line[:120]}")
            sys.exit(1)
    seen = [r.get("input") for r in results]
    if seen != inputs:
        missing = sorted(set(inputs) - set(seen))
        print(f"feeds gate: FAIL, {len(results)} lines for {len(inputs)} files; missing e.g. {missing[:3]}")
        sys.exit(1)
    if any("\tat " in r.get("error", "") or "Exception" in r.get("error", "") for r in results):
        print("feeds gate: FAIL, a stack trace leaked into an error line")
        sys.exit(1)
    parsed = sum(1 for r in results if "feed" in r)
    rejected = [r for r in results if "error" in r]
    print(f"parsed: {parsed}  rejected with a reason: {len(rejected)}  (floor parsed_min={parsed_floor})")
    for r in rejected:
        print(f"  rejected {os.path.relpath(r['input'], corpus)}: {r['error'][:110]}")
    root_uri = "file://" + os.path.abspath(corpus).rstrip("/") + "/"
    checked = passed = 0
    for result in results:
        name = os.path.relpath(result["input"], corpus)
        expr, headers = expectation(result["input"])
        if not expr or headers or name.startswith(SKIPPED):
            continue
        try:
            wanted = list(clauses(expr))
        except SyntaxError:
            continue
        if not wanted:
            continue
        checked += 1
        feed = result.get("feed") or {}
        ok = True
        for path, expected in wanted:
            known, value = actual(feed, path)
            if known and not same(path, expected, value, root_uri):
                ok = False
                if verbose:
                    print(f"  expectation failed {name}: {path} expected {expected!r} got {value!r}")
        passed += ok
    rate = 100.0 * passed / checked if checked else 0.0
    print(f"header expectations (title/link/author/id/dates): {passed}/{checked} files pass = {rate:.1f}%"
          f"  (floor expect_pass_percent_min={pass_floor})")
    if parsed < parsed_floor or rate < pass_floor:
        print("feeds gate: FAIL, below the floor")
        sys.exit(1)
    print("feeds gate: ok")


if __name__ == "__main__":
    main()
PY
