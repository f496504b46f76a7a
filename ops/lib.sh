# Shared by the ops/ scripts: starting nodes, signing in with curl, reporting checks.
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$(realpath "${JAR:-target/groundwork.jar}")"
FAILURES=0
PIDS=()

require_jar() {
  [ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -Pproduction package -DskipTests" >&2; exit 2; }
}

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# start_node NAME PORT MANAGEMENT_PORT [extra args...]; environment passes through. Log: $WORK/NAME.log
start_node() {
  local name="$1" port="$2" management="$3"; shift 3
  (cd "$WORK" && GROUNDWORK_MANAGEMENT_PORT="$management" exec "$JAVA" -Xmx512m -jar "$JAR" \
      --server.port="$port" "$@" >"$WORK/$name.log" 2>&1) &
  PIDS+=($!)
  eval "PID_$name=$!"
}

# wait_ready MANAGEMENT_PORT [seconds]: until the node's readiness probe answers UP.
wait_ready() {
  local deadline=$((SECONDS + ${2:-1200}))
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" | grep -q '"UP"'; do
    [ $SECONDS -lt $deadline ] || { echo "node with management port $1 not ready; logs in $WORK" >&2; return 1; }
    sleep 1
  done
}

# sign_in BASE_URL COOKIE_JAR USER PASSWORD: prints where the sign-in sends the browser (the app, or /login?error=...)
sign_in() {
  local base="$1" jar="$2"
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/login"
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
      --data-urlencode "username=$3" --data-urlencode "password=$4" "$base/login"
}

# page_status BASE_URL COOKIE_JAR PATH: "200", or "302 <location>" when sent elsewhere (e.g. to sign in)
page_status() {
  curl -s -c "$2" -b "$2" -o /dev/null -w '%{http_code} %{redirect_url}' "$1$3" | sed 's/ $//'
}

stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
