"""Checks parse-feed output against the simple `Expect:` equalities in the feedparser corpus headers.

Only clauses comparing a title, link, author, id or date of the feed or an entry with a literal are checked;
everything else in an expectation (bozo flags, details, sanitising, encodings) is out of scope and skipped.
Usage: feeds_check.py CORPUS_DIR OUTPUT_JSONL [--verbose]
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
    corpus, output = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    root_uri = "file://" + os.path.abspath(corpus).rstrip("/") + "/"
    checked = passed = 0
    for line in open(output, encoding="utf-8"):
        result = json.loads(line)
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
                    print(f"FAIL {name}: {path} expected {expected!r} got {value!r}")
        passed += ok
    rate = 100.0 * passed / checked if checked else 0.0
    print(f"expectations: {passed}/{checked} files pass ({rate:.1f}%)")
    print(f"expect_pass_percent={rate:.1f}")


if __name__ == "__main__":
    main()
