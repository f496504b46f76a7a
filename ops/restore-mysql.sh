#!/usr/bin/env bash
# Restores a backup made by backup-mysql.sh into a schema that must not exist yet (never over live data).
# Usage: ops/restore-mysql.sh IN.sql.gz NEW_SCHEMA   then point GROUNDWORK_DB_URL at NEW_SCHEMA and start the app.
set -euo pipefail
in=${1:?backup file}
schema=${2:?new schema name}
client=$(command -v mariadb || command -v mysql)
export MYSQL_PWD=${GROUNDWORK_DB_PASSWORD:-}
db=("$client" -h "${GROUNDWORK_DB_HOST:-127.0.0.1}" -P "${GROUNDWORK_DB_PORT:-3306}" -u "${GROUNDWORK_DB_USER:-root}")
"${db[@]}" -e "create database \`$schema\` character set utf8mb4 collate utf8mb4_unicode_ci"
gunzip -c "$in" | "${db[@]}" --default-character-set=utf8mb4 "$schema"
echo "Restored $in into $schema"
