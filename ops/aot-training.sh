#!/usr/bin/env bash
# Writes the JDK ahead-of-time cache groundwork.aot next to an extracted jar (the production build runs this):
# starts the jar once with -XX:AOTCacheOutput on a throw-away in-memory database and free ports, waits until it is
# ready (web server up, repositories and their queries checked), asks for the sign-in page and signs in as the
# first administrator as a browser would, then stops it. As the JVM exits it writes every class it loaded and
# linked, with their profiles, to the cache, so a real start skips that work.
# Usage: ops/aot-training.sh DIRECTORY [JAVA]   (DIRECTORY holds groundwork.jar and lib/ from `jarmode=tools extract`)
set -euo pipefail
cd "$1"
JAVA="${2:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}"
PASSWORD=aot-training-only-$RANDOM$RANDOM
rm -f groundwork.aot training.log
"$JAVA" -XX:AOTCacheOutput=groundwork.aot -Xlog:aot*=error -jar groundwork.jar --spring.profiles.active= \
    --spring.datasource.url=jdbc:h2:mem:aot-training --groundwork.admin.initial-password="$PASSWORD" \
    --server.port=0 --server.address=127.0.0.1 --management.server.port=0 >training.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until grep -q 'Started Application' training.log; do
  kill -0 "$pid" 2>/dev/null || { cat training.log >&2; echo "training start failed" >&2; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$(grep -o 'Tomcat started on port [0-9]*' training.log | head -1 | grep -o '[0-9]*$')"
jar=$(mktemp)
curl -fs -c "$jar" -b "$jar" -o /dev/null "$base/login"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username=admin --data-urlencode "password=$PASSWORD" \
    "$base/login"
curl -s -c "$jar" -b "$jar" -o /dev/null -L "$base/"
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/?v-r=init&location=&query="
rm -f "$jar"
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[ -s groundwork.aot ] || { echo "no AOT cache written; see $1/training.log" >&2; exit 1; }
rm -f training.log
