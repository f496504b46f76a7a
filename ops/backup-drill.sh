#!/usr/bin/env bash
# Backup-and-restore drill on MySQL/MariaDB, run in CI: starts the app on a fresh schema with the demo data,
# backs the schema up with backup-mysql.sh while rows are being written to it, restores the backup into another
# fresh schema with restore-mysql.sh, checks every table's row count and checksum against the source at the
# backup point, and starts the app on the restored schema. Exits non-zero on any difference.
# Usage: ops/backup-drill.sh target/groundwork.jar
set -euo pipefail
jar=${1:?the Groundwork jar}
here=$(cd "$(dirname "$0")" && pwd)
client=$(command -v mariadb || command -v mysql)
export MYSQL_PWD=${GROUNDWORK_DB_PASSWORD:-}
host=${GROUNDWORK_DB_HOST:-127.0.0.1}; port=${GROUNDWORK_DB_PORT:-3306}
db=("$client" -h "$host" -P "$port" -u "${GROUNDWORK_DB_USER:-root}" -N -B)
src=gw_drill_src_$$; dst=gw_drill_dst_$$
work=$(mktemp -d)
app_pid=""; writer_pid=""

cleanup() {
  [ -z "$writer_pid" ] || kill "$writer_pid" 2>/dev/null || true
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  "${db[@]}" -e "drop database if exists $src; drop database if exists $dst" || true
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the app on a schema in the background and waits until it serves the sign-in page.
start_app() {
  local schema=$1 profiles=$2 log=$3 http_port
  http_port=$(( 20000 + RANDOM % 20000 ))
  GROUNDWORK_DB_URL="jdbc:mysql://$host:$port/$schema" SPRING_PROFILES_ACTIVE=$profiles \
    GROUNDWORK_ADMIN_PASSWORD=drill-admin-passphrase "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" --server.port=$http_port \
    --groundwork.issues.heat-refresh=PT24H > "$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$http_port/login" 2>/dev/null; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  echo "The app did not start on $schema:" >&2; tail -40 "$log" >&2; return 1
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# Row count, and two checksums over every column of every row (sum and xor of per-row CRC32s).
table_stats() {
  local schema=$1 table=$2 where=${3:-1=1} cols
  cols=$("${db[@]}" -e "set session group_concat_max_len = 1000000;
    select group_concat(concat('coalesce(cast(\`', column_name, '\` as char), ''<null>'')')
      order by ordinal_position separator ', ')
    from information_schema.columns where table_schema = '$schema' and table_name = '$table'")
  "${db[@]}" -e "select count(*), coalesce(sum(crc32(concat_ws('|', $cols))), 0),
    coalesce(bit_xor(crc32(concat_ws('|', $cols))), 0) from \`$schema\`.\`$table\` where $where"
}

"${db[@]}" -e "create database $src character set utf8mb4 collate utf8mb4_unicode_ci"
echo "Drill: starting the app with demo data on $src"
start_app "$src" mysql,demo "$work/source-app.log"

# Rows written while the backup runs, as the app's audit trail grows: one at a time, in id order.
( i=0
  while [ ! -e "$work/stop-writing" ]; do
    i=$((i + 1))
    echo "insert into audit_event (occurred_at, actor, action, details) values (utc_timestamp(6), 'backup-drill', 'UPDATE', 'drill write $i');"
    sleep 0.01
  done ) | "${db[@]}" "$src" &
writer_pid=$!
sleep 2
"$here/backup-mysql.sh" "$src" "$work/backup.sql.gz"
sleep 2
touch "$work/stop-writing"; wait "$writer_pid" || true; writer_pid=""
stop_app

"$here/restore-mysql.sh" "$work/backup.sql.gz" "$dst"

# The backup point: the last drill row the backup holds. Everything else was not written during the drill.
point=$("${db[@]}" -e "select coalesce(max(id), 0) from $dst.audit_event where actor = 'backup-drill'")
in_backup=$("${db[@]}" -e "select count(*) from $dst.audit_event where actor = 'backup-drill'")
written=$("${db[@]}" -e "select count(*) from $src.audit_event where actor = 'backup-drill'")
echo "Drill: $written rows written during the backup, $in_backup of them before the backup point"
if [ "$in_backup" -eq 0 ] || [ "$in_backup" -ge "$written" ]; then
  echo "The backup did not happen while rows were being written" >&2; exit 1
fi

differences=0
for table in $("${db[@]}" -e "select table_name from information_schema.tables
                               where table_schema = '$src' and table_type = 'BASE TABLE' order by table_name"); do
  where="1=1"
  [ "$table" != audit_event ] || where="id <= $point"
  expected=$(table_stats "$src" "$table" "$where")
  actual=$(table_stats "$dst" "$table" "$where")
  if [ "$expected" != "$actual" ]; then
    echo "DIFFERENT $table: source [$expected] restored [$actual]" >&2; differences=$((differences + 1))
  else
    echo "same      $table: $(echo "$expected" | cut -f1) rows"
  fi
done
[ "$differences" -eq 0 ] || { echo "Drill failed: $differences tables differ" >&2; exit 1; }

echo "Drill: starting the app on the restored schema $dst"
start_app "$dst" mysql "$work/restored-app.log"
stop_app
echo "Drill passed: every table equal at the backup point, and the app starts on the restored schema."
