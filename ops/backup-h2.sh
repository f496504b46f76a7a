#!/usr/bin/env bash
# Backup of the embedded (H2) database as a compressed SQL script. The embedded database belongs to the running
# app (it holds the file lock), so stop the app first; the backup takes seconds. Use MySQL/MariaDB for online
# backups. Usage: ops/backup-h2.sh groundwork.jar OUT.zip [DB_PATH, default ./data/groundwork]
set -euo pipefail
jar=${1:?the Groundwork jar (it contains the H2 driver)}
out=${2:?output file, e.g. groundwork-$(date +%F).zip}
db=${3:-./data/groundwork}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$work"/h2-*.jar org.h2.tools.Script -url "jdbc:h2:file:$db" -user "${GROUNDWORK_DB_USER:-sa}" \
  -password "${GROUNDWORK_DB_PASSWORD:-}" -script "$out" -options compression zip
echo "Backed up $db to $out"
