#!/usr/bin/env bash
# Live heap per signed-in session on the production jar: starts Groundwork with the demo data on the embedded
# database, signs in N sessions over HTTP (each opens its role's home page as a browser does: bootstrap page, then
# Vaadin's init request, which creates the UI), and reads the live heap after a full GC (jcmd GC.class_histogram)
# at 0, 100 and 200 sessions (SESSIONS), then after every session also opened the businesses grid and a business page by
# address. Leaving a page sends Vaadin's unload beacon, as a browser does when the user goes to another address in
# the same tab, so the server closes the UI left behind (BEACON=false keeps every UI, as tabs left open would).
# The class histograms behind each reading are kept in $WORK/histogram-*.txt (compare them with ops/histogram-diff.sh).
# Usage: ops/memory-per-session.sh [user]   (default staff; director, partner, admin also exist in the demo data)
# SESSIONS (default 200) sets the largest count; the heap is also read at half of it.
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/lib.sh
require_jar
USER_NAME="${1:-staff}"
SESSIONS="${SESSIONS:-200}"
HALF=$((SESSIONS / 2))
WORK="${WORK:-/tmp/groundwork-memory}"
BASE="http://127.0.0.1:${PORT:-8098}"
mkdir -p "$WORK/sessions"
rm -f "$WORK"/sessions/*
cp "$JAR" "$WORK/groundwork.jar" && JAR="$WORK/groundwork.jar"  # a rebuild meanwhile cannot disturb it

cleanup() { stop_all; }
trap cleanup EXIT
export SPRING_PROFILES_ACTIVE=demo
start_node app "${PORT:-8098}" "${GROUNDWORK_MANAGEMENT_PORT:-8183}"
wait_ready "${GROUNDWORK_MANAGEMENT_PORT:-8183}"
pid=$PID_app
sleep 5  # the demo data runners finish after the first answer

# live_heap_kb NAME: full GC, then the live heap in kB; the histogram stays in $WORK/histogram-NAME.txt
live_heap_kb() {
  "${JAVA%/java}/jcmd" "$pid" GC.run >/dev/null
  "${JAVA%/java}/jcmd" "$pid" GC.class_histogram >"$WORK/histogram-$1.txt"
  awk '$1 == "Total" {printf "%d", $3 / 1024}' "$WORK/histogram-$1.txt"
}

sign_in_sessions() {
  for i in $(seq "$1" "$2"); do
    local jar="$WORK/sessions/$i"
    [ "$(sign_in "$BASE" "$jar" "$USER_NAME" demo-pass-2026)" = "$BASE/" ] || { echo "sign-in $i failed" >&2; exit 1; }
    open_ui "$jar" ""
  done
}

heap0=$(live_heap_kb 0)
sign_in_sessions 1 "$HALF"
heap_half=$(live_heap_kb "$HALF")
sign_in_sessions $((HALF + 1)) "$SESSIONS"
heap_all=$(live_heap_kb "$SESSIONS")
cp "$WORK/sessions/1.nav" "$WORK/home-page.uidl"  # each UI keeps its last answer: a large part of its memory
first_business="${BUSINESS_ID:-1}"
for i in $(seq 1 "$SESSIONS"); do
  open_ui "$WORK/sessions/$i" businesses
  open_ui "$WORK/sessions/$i" "businesses/$first_business"
done
heap_browsed=$(live_heap_kb "$SESSIONS-browsed")

echo "user $USER_NAME; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "live heap: 0 sessions ${heap0} kB, $HALF sessions ${heap_half} kB, $SESSIONS sessions ${heap_all} kB," \
     "$SESSIONS sessions after grid and business page ${heap_browsed} kB"
echo "per idle session: $(( (heap_all - heap0) / SESSIONS )) kB (first $HALF: $(( (heap_half - heap0) / HALF )) kB)"
echo "per session after grid and business page: $(( (heap_browsed - heap0) / SESSIONS )) kB"
echo "last answer each UI keeps: home page $(wc -c <"$WORK/home-page.uidl") bytes," \
     "business page $(wc -c <"$WORK/sessions/1.nav") bytes (twice that in memory if any character is beyond Latin-1)"
