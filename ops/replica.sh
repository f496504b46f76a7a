#!/usr/bin/env bash
# A local MariaDB primary (127.0.0.1:3307) and replica (127.0.0.1:3308): two server processes with their own data
# folders under /tmp, real binlog replication between them. Then ReplicaReadsIT runs against them with
# GROUNDWORK_DB_REPLICA_URL set and checks that a report reads the replica, everything else the primary, and a
# write on the primary reaches the replica. Exits non-zero on failure. Leaves 3306 alone.
# KEEP_RUNNING=true leaves both servers running afterwards (their pid files are in $WORK).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${WORK:-/tmp/groundwork-replica}"
SCHEMA=groundwork
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

server_up() { mysqladmin -h127.0.0.1 -P"$1" -uroot ping >/dev/null 2>&1; }
sql() { local port="$1"; shift; mysql -h127.0.0.1 -P"$port" -uroot "$@"; }

start_server() {
  local name="$1" port="$2" id="$3"
  mkdir -p "$WORK/$name"
  mariadb-install-db --no-defaults --user=root --datadir="$WORK/$name" --auth-root-authentication-method=normal \
      --skip-test-db >"$WORK/$name-install.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --user=root --datadir="$WORK/$name" --port="$port" --bind-address=127.0.0.1 \
      --socket="$WORK/$name.sock" --pid-file="$WORK/$name.pid" --server-id="$id" --log-bin=binlog \
      --binlog-format=ROW --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --skip-name-resolve --log-error="$WORK/$name.err" &
  for _ in $(seq 1 60); do server_up "$port" && return 0; sleep 1; done
  echo "MariaDB $name did not start; see $WORK/$name.err" >&2
  return 1
}

stop_servers() {
  for name in primary replica; do
    [ -f "$WORK/$name.pid" ] && kill "$(cat "$WORK/$name.pid")" 2>/dev/null || true
  done
  sleep 2
}

if [ "${KEEP_RUNNING:-false}" != true ]; then trap stop_servers EXIT; fi
stop_servers
rm -rf "$WORK" && mkdir -p "$WORK"
start_server primary 3307 1
start_server replica 3308 2

sql 3307 -e "create user 'replicator'@'127.0.0.1' identified by 'replicator-pass';
             grant replication slave on *.* to 'replicator'@'127.0.0.1';"
sql 3308 -e "change master to master_host='127.0.0.1', master_port=3307, master_user='replicator',
             master_password='replicator-pass', master_use_gtid=slave_pos;
             start slave; set global read_only = 1;"
sql 3307 -e "create database $SCHEMA character set utf8mb4 collate utf8mb4_unicode_ci"
for _ in $(seq 1 30); do
  sql 3308 -N -e "show databases" | grep -qx "$SCHEMA" && break
  sleep 1
done
sql 3308 -N -e "show databases" | grep -qx "$SCHEMA" || { echo "replication is not running" >&2; exit 1; }
echo "Primary 3307 replicates to 3308."

# The frontend bundle is not needed again if an earlier build made it (the check needs no browser).
SKIP_FRONTEND=()
[ -f target/classes/META-INF/VAADIN/webapp/index.html ] && SKIP_FRONTEND=(-Dvaadin.skip)
GROUNDWORK_DB_URL="jdbc:mysql://127.0.0.1:3307/$SCHEMA?useUnicode=true&characterEncoding=utf8" \
GROUNDWORK_DB_REPLICA_URL="jdbc:mysql://127.0.0.1:3308/$SCHEMA?useUnicode=true&characterEncoding=utf8" \
GROUNDWORK_DB_USER=root GROUNDWORK_DB_PASSWORD= \
./mvnw -B -q "${SKIP_FRONTEND[@]}" verify -Dspring.profiles.active=mysql -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ReplicaReadsIT -Dfailsafe.failIfNoSpecifiedTests=false
grep -q 'tests="1"' target/failsafe-reports/TEST-org.groundwork.ops.ReplicaReadsIT.xml \
  && ! grep -q '<skipped' target/failsafe-reports/TEST-org.groundwork.ops.ReplicaReadsIT.xml \
  || { echo "ReplicaReadsIT did not run" >&2; exit 1; }
echo "PASS: reports read the replica, writes go to the primary and reach the replica"
