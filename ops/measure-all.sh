#!/usr/bin/env bash
# Every measurement of issue 15 in one run, for an otherwise idle machine, in order of importance (each step can be
# skipped; the whole takes about 35 minutes on 2 cores with the jar already built):
#   1. memory per signed-in session (staff: home page at 0/100/200 sessions, then grid + business page)
#   2. Gatling, 200 users for 5 minutes after a 60 s ramp, on H2
#   3. start to first answer, 3 runs of the fat jar and 3 of the extracted jar with the AOT cache (populated database),
#      and 2 with lazy bean initialization on top (measured only)
#   4. BusinessGridBenchmark three times on MariaDB (the name filter)
#   5. Gatling, 200 users, on MariaDB
#   6. memory per session for the director (home page = director's dashboard)
# Output: one log per step under $OUT (default /tmp/groundwork-measure-<time>), a summary in $OUT/summary.txt.
# Usage: ops/measure-all.sh [step...]   e.g. ops/measure-all.sh memory gatling-h2   (default: all, in order)
# Environment: BUILD=true rebuilds target/groundwork.jar first; USERS (200), MINUTES (5), RAMP (60), SESSIONS (200).
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="${OUT:-/tmp/groundwork-measure-$(date -u +%m%d-%H%M)}"
mkdir -p "$OUT"
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(memory gatling-h2 start-time name-filter gatling-mysql memory-director)
USERS="${USERS:-200}" MINUTES="${MINUTES:-5}" RAMP="${RAMP:-60}"
MYSQL_SERVER="${GROUNDWORK_TEST_MYSQL:-127.0.0.1:3306}"

note() { echo "$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) | $*" | tee -a "$OUT/summary.txt"; }

if [ "${BUILD:-false}" = true ]; then
  note "building the production jar"
  ./mvnw -B -q -Pproduction package -DskipTests >"$OUT/build.log" 2>&1 || { note "build failed"; exit 1; }
fi
[ -f target/groundwork.jar ] || { echo "no target/groundwork.jar (BUILD=true builds it)" >&2; exit 2; }
cp target/groundwork.jar "$OUT/groundwork.jar"

# gatling DATABASE: a node with the demo data on 127.0.0.1:8096, then the simulation against it.
gatling() {
  local db="$1" work="$OUT/gatling-$1" schema="gw_load_$(date +%H%M%S)" pid jdbc user=sa
  mkdir -p "$work"
  # The simulation writes its fixture (accounts, planned visits of the past) into the node's database; the embedded
  # one accepts that second process through H2's automatic server mode.
  jdbc="jdbc:h2:file:$work/data/groundwork;AUTO_SERVER=TRUE"
  [ "$db" = mysql ] && jdbc="jdbc:mysql://$MYSQL_SERVER/$schema" user=root
  if [ "$db" = mysql ]; then
    mysql -h"${MYSQL_SERVER%:*}" -P"${MYSQL_SERVER#*:}" -uroot \
        -e "create database $schema character set utf8mb4 collate utf8mb4_unicode_ci"
    (cd "$work" && SPRING_PROFILES_ACTIVE=mysql,demo GROUNDWORK_MANAGEMENT_PORT=8181 \
        GROUNDWORK_DB_URL="jdbc:mysql://$MYSQL_SERVER/$schema" exec "$JAVA_HOME/bin/java" -Xmx1g \
        -jar "$OUT/groundwork.jar" --server.port=8096 >"$work/app.log" 2>&1) &
  else
    (cd "$work" && SPRING_PROFILES_ACTIVE=demo GROUNDWORK_MANAGEMENT_PORT=8181 GROUNDWORK_DB_URL="$jdbc" \
        exec "$JAVA_HOME/bin/java" -Xmx1g \
        -jar "$OUT/groundwork.jar" --server.port=8096 >"$work/app.log" 2>&1) &
  fi
  pid=$!
  until curl -fs http://127.0.0.1:8181/actuator/health/readiness | grep -q UP; do
    kill -0 $pid 2>/dev/null || { note "gatling $db: node did not start, see $work/app.log"; return 1; }
    sleep 1
  done
  sleep 10  # the demo data runners finish after the first answer
  note "gatling $db: $USERS users, ramp $RAMP s, $MINUTES min"
  ./mvnw -B -Pload -Dvaadin.skip test-compile gatling:test -Dload.port=8096 -Dload.users="$USERS" \
      -Dload.ramp="$RAMP" -Dload.minutes="$MINUTES" -Dload.jdbc="$jdbc" -Dload.jdbc.user="$user" \
      >"$work/gatling.log" 2>&1
  note "gatling $db: exit $? (load at the end); report: $(ls -dt target/gatling/*/ | head -1)index.html"
  sed -n '/Global Information/,/^=====/p' "$work/gatling.log" | tee -a "$OUT/summary.txt"
  grep -A20 'Errors ---' "$work/gatling.log" | head -20 | tee -a "$OUT/summary.txt"
  cp -r "$(ls -dt target/gatling/*/ | head -1)" "$work/report"
  ops/gatling-table.sh "$work/report" | tee "$work/per-request.md" >>"$OUT/summary.txt"
  kill $pid; wait $pid 2>/dev/null
  [ "$db" = mysql ] && mysql -h"${MYSQL_SERVER%:*}" -P"${MYSQL_SERVER#*:}" -uroot -e "drop database $schema"
  return 0
}

for step in "${STEPS[@]}"; do
  case "$step" in
    memory|memory-director)
      role=staff; [ "$step" = memory-director ] && role=director
      note "memory per session, $role, ${SESSIONS:-200} sessions"
      WORK="$OUT/$step" JAR="$OUT/groundwork.jar" ops/memory-per-session.sh "$role" >"$OUT/$step.log" 2>&1
      tail -4 "$OUT/$step.log" | tee -a "$OUT/summary.txt"
      ops/histogram-diff.sh "$OUT/$step/histogram-0.txt" "$OUT/$step/histogram-${SESSIONS:-200}-browsed.txt" 25 \
          >"$OUT/$step-growth.txt" 2>/dev/null ;;
    gatling-h2) gatling h2 ;;
    gatling-mysql) gatling mysql ;;
    start-time)
      export WORKDIR="$OUT/start-time"
      note "start time: first start (creates the demo data), not counted"
      JAR="$OUT/groundwork.jar" ops/start-time.sh | tee -a "$OUT/summary.txt"
      sleep 20
      sleep 5; echo -n "fat jar (for comparison): " | tee -a "$OUT/summary.txt"
      JAR="$OUT/groundwork.jar" ops/start-time.sh | tee -a "$OUT/summary.txt"
      for run in 1 2 3; do
        sleep 5; echo -n "extracted jar + AOT cache, run $run: " | tee -a "$OUT/summary.txt"
        JAR=target/groundwork ops/start-time.sh -XX:AOTCache=groundwork.aot | tee -a "$OUT/summary.txt"
      done
      unset WORKDIR ;;
    name-filter)
      for run in 1 2 3; do
        note "BusinessGridBenchmark on MariaDB, run $run"
        ./mvnw -B test -Pbenchmark,mysql -Dtest=BusinessGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
            >"$OUT/name-filter-$run.log" 2>&1
        grep -h 'BENCHMARK\|PLAN' "$OUT/name-filter-$run.log" target/surefire-reports/*BusinessGridBenchmark-output.txt \
            2>/dev/null | sort -u >"$OUT/name-filter-$run.txt"
        grep -h 'harbor bak' "$OUT/name-filter-$run.txt" | tee -a "$OUT/summary.txt"
      done ;;
    *) echo "unknown step $step" >&2 ;;
  esac
done
note "done; everything in $OUT"
