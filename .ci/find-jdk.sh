# Sourced by scripts: exports JAVA_HOME pointing at a JDK >= 21 (from JAVA_HOME, PATH or /usr/lib/jvm),
# or stops with a clear message saying what to install.
jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
jdk_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(jdk_major "$1")" -ge 21 ] 2>/dev/null; }
find_jdk() {
  local c
  if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  if c="$(command -v javac 2>/dev/null)"; then
    c="$(dirname "$(dirname "$(readlink -f "$c")")")"
    if jdk_ok "$c"; then echo "$c"; return 0; fi
  fi
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    c="${c%/}"
    if jdk_ok "$c"; then echo "$c"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME="$(find_jdk)"; then
  echo "storyloom: no JDK 21 or newer found in JAVA_HOME, PATH or /usr/lib/jvm." >&2
  echo "storyloom: install one, e.g. 'apt install openjdk-21-jdk' or Temurin 21+ from adoptium.net, or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
