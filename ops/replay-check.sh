#!/usr/bin/env bash
# A lost answer is replayed, against a running node with the demo data (PORT, default 8097): sign in as staff, open
# the businesses page, re-send its navigation round trip with the same clientId; Vaadin must answer with the kept
# (deflated between requests, then inflated) answer, byte for byte the same, and go on. Exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
source ops/lib.sh
BASE="http://127.0.0.1:${PORT:-8097}"
WORK="${WORK:-/tmp/groundwork-replay}"; mkdir -p "$WORK"; rm -f "$WORK"/jar*; J="$WORK/jar"
sign_in "$BASE" "$J" staff demo-pass-2026 >/dev/null
open_ui "$J" businesses || exit 1
read -r token ui sync client <"$J.ui"
# the same request as open_ui's navigation: syncId 0, clientId 0 (a browser re-sends it when the answer was lost)
curl -s -b "$J" -c "$J" -o "$J.replay" -H 'Content-Type: application/json; charset=UTF-8' \
  --data "{\"csrfToken\":\"$token\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"businesses\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
  "$BASE/?v-r=uidl&v-uiId=$ui"
echo "nav answer: $(wc -c <"$J.nav") bytes; replay: $(wc -c <"$J.replay") bytes"
same_answer() { cmp -s <(sed 's/^for(;;);//' "$J.nav") <(sed 's/^for(;;);//' "$J.replay"); }
check "the replayed answer is the kept one, byte for byte" same_answer
# and the UI goes on: one more ordinary round trip after the replay
check "the next round trip is answered" uidl "$J" "[]"
exit $((FAILURES > 0))
