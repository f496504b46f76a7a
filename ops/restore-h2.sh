#!/usr/bin/env bash
# Restores a backup made by backup-h2.sh into a new embedded database (refuses to touch an existing one).
# Usage: ops/restore-h2.sh groundwork.jar IN.zip NEW_DB_PATH   then start the app with
#        GROUNDWORK_DB_URL=jdbc:h2:file:NEW_DB_PATH
set -euo pipefail
jar=${1:?the Groundwork jar}
in=${2:?backup file}
db=${3:?path of the new database, e.g. ./data/restored}
[ ! -e "$db.mv.db" ] || { echo "$db.mv.db exists; restore into a new path" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$work"/h2-*.jar org.h2.tools.RunScript -url "jdbc:h2:file:$db" -user "${GROUNDWORK_DB_USER:-sa}" \
  -password "${GROUNDWORK_DB_PASSWORD:-}" -script "$in" -options compression zip
echo "Restored $in into $db"
