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

# The functions below speak Vaadin's protocol to the node at $BASE, one cookie jar per browser tab.

# leave_ui JAR: the unload beacon a browser sends for the page it leaves (Vaadin then closes that UI).
leave_ui() {
  [ "${BEACON:-true}" = true ] && [ -f "$1.ui" ] || return 0
  local token ui sync client
  read -r token ui sync client <"$1.ui"
  curl -s -b "$1" -c "$1" -o /dev/null -H 'Content-Type: text/plain;charset=UTF-8' \
      --data "{\"csrfToken\":\"$token\",\"rpc\":[],\"syncId\":$sync,\"clientId\":$client,\"UNLOAD\":true}" \
      "$BASE/?v-r=uidl&v-uiId=$ui"
}

# open_ui JAR LOCATION: what a browser does for an address: the bootstrap page, Vaadin's init request (creates the
# UI), then the client router's navigation round trip (builds the view) with the UI's CSRF token.
open_ui() {
  leave_ui "$1"
  curl -s -b "$1" -c "$1" -o /dev/null "$BASE/$2"
  curl -s -b "$1" -c "$1" -o "$1.init" "$BASE/?v-r=init&location=$2&query="
  local token ui
  token=$(grep -o '"Vaadin-Security-Key":"[^"]*"' "$1.init" | cut -d'"' -f4)
  ui=$(grep -o '"v-uiId":[0-9]*' "$1.init" | cut -d: -f2)
  curl -s -b "$1" -c "$1" -o "$1.nav" -H 'Content-Type: application/json; charset=UTF-8' \
      --data "{\"csrfToken\":\"$token\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$2\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
      "$BASE/?v-r=uidl&v-uiId=$ui"
  grep -q '"changes"' "$1.nav" && ! grep -q appError "$1.nav" \
    || { echo "no view for /$2: $(head -c 300 "$1.nav")" >&2; return 1; }
  echo "$token $ui $(grep -o '"syncId":[0-9]*' "$1.nav" | cut -d: -f2) $(grep -o '"clientId":[0-9]*' "$1.nav" | cut -d: -f2)" >"$1.ui"
}

# uidl JAR RPC: one round trip of the UI opened last in JAR (RPC is a JSON array of invocations), carrying its CSRF
# token and sequence numbers as the browser does; the answer is left in JAR.answer. Fails on an appError.
uidl() {
  local token ui sync client
  read -r token ui sync client <"$1.ui"
  curl -s -b "$1" -c "$1" -o "$1.answer" -H 'Content-Type: application/json; charset=UTF-8' \
      --data "{\"csrfToken\":\"$token\",\"rpc\":$2,\"syncId\":$sync,\"clientId\":$client}" \
      "$BASE/?v-r=uidl&v-uiId=$ui"
  ! grep -q appError "$1.answer" || { echo "appError: $(head -c 300 "$1.answer")" >&2; return 1; }
  echo "$token $ui $(grep -o '"syncId":[0-9]*' "$1.answer" | cut -d: -f2) \
$(grep -o '"clientId":[0-9]*' "$1.answer" | cut -d: -f2)" >"$1.ui"
}

# holder_of FILE TEXT: the node id of the element holding the first text node TEXT in a UIDL answer (a button's).
holder_of() {
  local text
  text=$(grep -o "\"node\":[0-9]*,\"type\":\"put\",\"key\":\"text\",\"feat\":[0-9]*,\"value\":\"$2\"" "$1" \
      | head -1 | cut -d, -f1 | cut -d: -f2)
  [ -n "$text" ] && grep -oE "\"node\":[0-9]+,\"type\":\"splice\",\"feat\":2,\"index\":[0-9]+,\"addNodes\":\[([0-9]+,)*$text[],]" \
      "$1" | head -1 | cut -d, -f1 | cut -d: -f2
}

# click JAR NODE: a click on an element of the UI opened last in JAR.
click() {
  uidl "$1" "[{\"type\":\"event\",\"node\":$2,\"event\":\"click\",\"data\":{\"event.detail\":1,\"event.button\":0,\
\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,\"event.clientY\":0,\"event.ctrlKey\":false,\
\"event.shiftKey\":false,\"event.altKey\":false,\"event.metaKey\":false}}]"
}

# item_click JAR GRID KEY: a click on the grid row the server sent with item key KEY (a grid's first page comes
# with the view's answer, each row as {"key":"N","col0":...}).
item_click() {
  local at='"event.detail.screenX":0,"event.detail.screenY":0,"event.detail.clientX":0,"event.detail.clientY":0'
  uidl "$1" "[{\"type\":\"event\",\"node\":$2,\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":\"$3\",\
\"event.detail.internalColumnId\":\"col0\",$at,\"event.detail.detail\":1,\"event.detail.button\":0,\
\"event.detail.ctrlKey\":false,\"event.detail.shiftKey\":false,\"event.detail.altKey\":false,\"event.detail.metaKey\":false}}]"
}

stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
