#!/bin/bash
# usage: statement-log.sh <clone dir> <label>   (run under flock /tmp/crowdflow-servers.lock)
# One platform on PostgreSQL (a fresh crowdflow database), 300 lifecycles by 4 clients to warm it, then PostgreSQL logs
# every statement (alter system set log_statement = 'all', reset after) while one client runs 50 lifecycles. The
# platform's statements, with their parameters, go to /tmp/perf/<label>/statements.log; count them with
# statement-count.py. Needs read access to PostgreSQL's server log (LOG below).
set -u
. "$(dirname "$0")/platform.sh"
DIR=$1; OUT=/tmp/perf/$2; mkdir -p $OUT
JAR=${JAR:-$(bench_jar $DIR)}
LOG=${LOG:-/var/log/postgresql/postgresql-15-main.log}
start_platform $DIR $OUT
D="java -XX:TieredStopAtLevel=1 -cp $JAR io.crowdflow.bench.load.LoadDriver"
$D --lifecycles 300 --clients 4 --warmup 50 > $OUT/warm.txt 2>&1
start=$(wc -l < $LOG)
$SQL -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
trap '$SQL -c "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null' EXIT
sleep 1
$D --lifecycles 50 --clients 1 --warmup 0 > $OUT/logged.txt 2>&1
sleep 1
$SQL -c "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
tail -n +$((start+1)) $LOG | grep "@crowdflow " > $OUT/statements.log
stop_platform
