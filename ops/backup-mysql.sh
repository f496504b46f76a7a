#!/usr/bin/env bash
# Consistent online backup of Groundwork's MySQL/MariaDB schema, taken while the app keeps running:
# one REPEATABLE READ snapshot (--single-transaction) of every InnoDB table, no table locks, gzip-compressed.
# Usage: ops/backup-mysql.sh SCHEMA OUT.sql.gz   (server from GROUNDWORK_DB_HOST/PORT/USER/PASSWORD)
set -euo pipefail
schema=${1:?schema name}
out=${2:?output file, e.g. groundwork-$(date +%F).sql.gz}
dump=$(command -v mariadb-dump || command -v mysqldump)
export MYSQL_PWD=${GROUNDWORK_DB_PASSWORD:-}
"$dump" -h "${GROUNDWORK_DB_HOST:-127.0.0.1}" -P "${GROUNDWORK_DB_PORT:-3306}" -u "${GROUNDWORK_DB_USER:-root}" \
  --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  --no-tablespaces --skip-add-locks "$schema" | gzip > "$out.partial"
# Only a complete dump gets the final name (pipefail stops here if the dump failed).
mv "$out.partial" "$out"
echo "Backed up $schema to $out"
