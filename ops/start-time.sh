#!/usr/bin/env bash
# Measures how long Groundwork takes from `java` to its first HTTP answer (the sign-in page) and to readiness (the
# management port's readiness probe UP), then stops it.
# Usage: ops/start-time.sh [java options...]
#   fat jar:                 ops/start-time.sh
#   extracted, AOT cache:    JAR=target/groundwork ops/start-time.sh -XX:AOTCache=groundwork.aot
# Environment: JAR (default target/groundwork.jar; a directory means an extracted jar, started from inside it as
# its AOT cache requires), PORT (default 8096),
# GROUNDWORK_MANAGEMENT_PORT (default 8181), WORKDIR (default /tmp/groundwork-start; the H2 file lives there, so
# a second run measures a populated database), SPRING_PROFILES_ACTIVE (default demo).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$(realpath "${JAR:-target/groundwork.jar}")"
PORT="${PORT:-8096}"
export GROUNDWORK_MANAGEMENT_PORT="${GROUNDWORK_MANAGEMENT_PORT:-8181}"
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE-demo}"
WORKDIR="${WORKDIR:-/tmp/groundwork-start}"
mkdir -p "$WORKDIR"
export GROUNDWORK_DB_URL="${GROUNDWORK_DB_URL:-jdbc:h2:file:$WORKDIR/data/groundwork}"
RUN_IN="$WORKDIR"
if [ -d "$JAR" ]; then RUN_IN="$JAR" JAR=groundwork.jar; fi

start=$(date +%s.%N)
(cd "$RUN_IN" && exec "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" >"$WORKDIR/app.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
  kill -0 "$pid" 2>/dev/null || { echo "Groundwork exited before answering; see $WORKDIR/app.log" >&2; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
# CPU seconds (user + system, all threads) the JVM spent up to that answer: comparable between runs under load.
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
printf 'first answer after %.1f s, %s s CPU (load: %s)\n' "$(echo "$end - $start" | bc)" "$cpu" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
# Ready: the repositories' queries are checked after the web server is up (deferred), then readiness turns UP.
until curl -fs "http://127.0.0.1:$GROUNDWORK_MANAGEMENT_PORT/actuator/health/readiness" | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "Groundwork exited before it was ready; see $WORKDIR/app.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
printf 'ready (readiness UP) after %.1f s\n' "$(echo "$ready - $start" | bc)"
