#!/usr/bin/env bash
# Two Groundwork nodes on one MariaDB/MySQL schema behind HAProxy with sticky sessions, then the checks:
#  1. sign-in throttling holds across nodes (failures on one node lock the name on the other);
#  2. disabling a user (by the admin, in the app) ends their sessions on both nodes;
#  3. the issue-heat refresh runs once per interval across the nodes, not once per node;
#  4. stopping the node a user is on loses nothing saved, and the user signs in again on the other node.
# Exits non-zero when a check fails. Needs target/groundwork.jar, haproxy (Debian package) and a MySQL-compatible
# server (GROUNDWORK_TWO_NODES_MYSQL, default 127.0.0.1:3306, user root) on which it creates a throw-away schema.
# Ports: nodes 8096/8097 (management 8181/8182), HAProxy 8190, all on 127.0.0.1.
# KEEP_RUNNING=true leaves the set-up running after the checks (stop it with Ctrl-C).
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/lib.sh
require_jar
command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install -y haproxy" >&2; exit 2; }

SERVER="${GROUNDWORK_TWO_NODES_MYSQL:-127.0.0.1:3306}"
HOST="${SERVER%:*}" PORT="${SERVER#*:}"
SCHEMA="gw_two_nodes_$(date +%m%d%H%M%S)"
WORK="${WORK:-/tmp/groundwork-two-nodes}"
LB="http://127.0.0.1:8190"
A="http://127.0.0.1:8096" B="http://127.0.0.1:8097"
REFRESH_SECONDS=5
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$JAR" "$WORK/groundwork.jar" && JAR="$WORK/groundwork.jar"  # a rebuild meanwhile cannot disturb it
sql() { mysql -h"$HOST" -P"$PORT" -uroot "$@"; }

cleanup() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  stop_all
  sql -e "drop database if exists $SCHEMA" || true
}
trap cleanup EXIT

sql -e "create database $SCHEMA character set utf8mb4 collate utf8mb4_unicode_ci"
export SPRING_PROFILES_ACTIVE=mysql
export GROUNDWORK_DB_URL="jdbc:mysql://$SERVER/$SCHEMA?useUnicode=true&characterEncoding=utf8"
export GROUNDWORK_ISSUES_HEAT_REFRESH="PT${REFRESH_SECONDS}S"
export GROUNDWORK_SECURITY_LOGIN_LOCK_AFTER=4 GROUNDWORK_SECURITY_LOGIN_FIRST_DELAY=1s

echo "Starting node a (creates the schema and the demo data), then node b; logs in $WORK"
start_node a 8096 8181 --spring.profiles.active=mysql,demo
wait_ready 8181
start_node b 8097 8182
wait_ready 8182
sed "s|@WORK@|$WORK|" ops/haproxy.cfg >"$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
PASSWORD=demo-pass-2026

# disable_in_app NODE JAR USERNAME: as the admin signed in with JAR: open Users, click the account's row, then the
# editor's Disable button; true when the app confirms that the user's sessions have ended.
disable_in_app() {
  local BASE="$1" grid key button
  open_ui "$2" admin/users || return 1
  grid=$(grep -o '"node":[0-9]*,"type":"put","key":"tag","feat":0,"value":"vaadin-grid"' "$2.nav" | head -1 \
      | cut -d, -f1 | cut -d: -f2)
  key=$(grep -o "\"key\":\"[0-9]*\",\"col0\":\"$3\"" "$2.nav" | cut -d'"' -f4)
  [ -n "$grid" ] && [ -n "$key" ] && item_click "$2" "$grid" "$key" || return 1
  button=$(holder_of "$2.answer" Disable)
  [ -n "$button" ] && click "$2" "$button" && grep -q "Their open sessions have ended" "$2.answer"
}

echo "1. Sign-in throttling across nodes"
sign_in "$A" "$WORK/t1" riley wrong-1 >/dev/null
sign_in "$B" "$WORK/t2" riley wrong-2 >/dev/null
sign_in "$A" "$WORK/t3" riley wrong-3 >/dev/null
sleep 1.5
sign_in "$B" "$WORK/t4" riley wrong-4 >/dev/null
check "the right password on node a is refused after failures on both nodes" \
  test "$(sign_in "$A" "$WORK/t5" riley "$PASSWORD")" = "$A/login?error=locked"
check "... and on node b" test "$(sign_in "$B" "$WORK/t6" riley "$PASSWORD")" = "$B/login?error=locked"

echo "2. Disabling a user ends their sessions on both nodes"
sign_in "$A" "$WORK/staff-a" staff "$PASSWORD" >/dev/null
sign_in "$B" "$WORK/staff-b" staff "$PASSWORD" >/dev/null
check "staff is signed in on node a" test "$(page_status "$A" "$WORK/staff-a" /businesses)" = "200"
check "staff is signed in on node b" test "$(page_status "$B" "$WORK/staff-b" /businesses)" = "200"
check "the admin signs in on node a" test "$(sign_in "$A" "$WORK/admin" admin "$PASSWORD")" = "$A/"
check "the admin disables staff in the app on node a (Users, the account's row, Disable)" \
  disable_in_app "$A" "$WORK/admin" staff
check "staff's session on node a ends" test "$(page_status "$A" "$WORK/staff-a" /businesses)" = "302 $A/login"
check "staff's session on node b ends" test "$(page_status "$B" "$WORK/staff-b" /businesses)" = "302 $B/login"

echo "3. The issue-heat refresh runs once per interval across the nodes"
before=$(cat "$WORK"/a.log "$WORK"/b.log | grep -c 'Issue heat refreshed' || true)
sleep 30
runs=$(( $(cat "$WORK"/a.log "$WORK"/b.log | grep -c 'Issue heat refreshed' || true) - before ))
echo "   $runs refreshes in 30 s with a ${REFRESH_SECONDS} s interval on 2 nodes"
check "at most one refresh per interval (<= $((30 / REFRESH_SECONDS + 1)))" test "$runs" -le $((30 / REFRESH_SECONDS + 1))
check "and it does run" test "$runs" -ge $((30 / REFRESH_SECONDS - 2))

echo "4. Stopping a node mid-use"
check "director signs in through HAProxy" \
  test "$(sign_in "$LB" "$WORK/director" director "$PASSWORD")" = "$LB/"
node=$(awk '$6 == "SERVERID" {print $7}' "$WORK/director")
check "HAProxy pinned the session to a node ($node)" test -n "$node"
saved_before=$(sql -N "$SCHEMA" -e "select count(*) from audit_event where actor = 'director' and action = 'LOGIN'")
eval "kill \$PID_$node"
eval "wait \$PID_$node" 2>/dev/null || true
check "the stopped node's session is gone: HAProxy sends the user to sign in on the other node" \
  test "$(page_status "$LB" "$WORK/director" /businesses)" = "302 $LB/login"
check "what was saved before the stop is still there" test "$(sql -N "$SCHEMA" -e \
  "select count(*) from audit_event where actor = 'director' and action = 'LOGIN'")" = "$saved_before"
# The page asked for before signing in is where the sign-in sends the user back to (/businesses?continue).
again=$(sign_in "$LB" "$WORK/director" director "$PASSWORD")
echo "   the sign-in sent the director to $again"
check "director signs in again" test "${again%\?continue}" = "$LB/businesses"
check "and works on the other node" test "$(page_status "$LB" "$WORK/director" /businesses)" = "200"

if [ "${KEEP_RUNNING:-false}" = true ]; then
  echo "Running: $LB (Ctrl-C stops it)"; wait
fi
echo "$FAILURES check(s) failed"
[ "$FAILURES" -eq 0 ]
