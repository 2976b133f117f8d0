# Sourced by the gates (not a gate itself: .ci/run runs only .ci/gates/*.sh).

# Sets $shared to the ../shared folder: STORYLOOM_SHARED, else ../shared, else the one beside the main checkout
# when this is a git worktree elsewhere. Needs $1, a path that must exist under it (e.g. corpora/summaries).
find_shared() {
  shared="${STORYLOOM_SHARED:-../shared}"
  if [ ! -e "$shared/$1" ]; then
    local common
    common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
    if [ -n "$common" ] && [ -e "$(dirname "$common")/../shared/$1" ]; then
      shared="$(dirname "$common")/../shared"
    fi
  fi
}

# check_floors GATE SCORES FLOORS: SCORES is a line "scores a=0.9 b=1.0"; FLOORS a file of "metric=floor" lines.
# Prints one line per metric; returns 1 when a figure is missing or below its floor.
check_floors() {
  local gate="$1" scores="$2" floors="$3" status=0 metric floor got
  while IFS='=' read -r metric floor; do
    case "$metric" in ''|'#'*) continue ;; esac
    got="$(echo "$scores" | tr ' ' '\n' | sed -n "s/^$metric=//p")"
    if [ -z "$got" ]; then
      echo "$gate gate: FAIL, no figure for $metric" >&2; status=1; continue
    fi
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) + 1e-9 >= float(sys.argv[2]) else 1)' "$got" "$floor"; then
      printf '%s gate: %-24s %.4f >= %s ok\n' "$gate" "$metric" "$got" "$floor"
    else
      printf '%s gate: %-24s %.4f <  %s FAIL\n' "$gate" "$metric" "$got" "$floor" >&2
      status=1
    fi
  done < "$floors"
  return $status
}
