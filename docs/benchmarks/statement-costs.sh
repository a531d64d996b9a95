#!/bin/bash
# usage: statement-costs.sh <clone dir> <label> [warm-up runs]   (run under flock /tmp/crowdflow-servers.lock)
# What PostgreSQL spends on each statement of a warm lifecycle, the platform's and bare Camunda's, from
# pg_stat_statements (planning and execution time, calls, rows, shared blocks). PostgreSQL is restarted with the
# extension loaded (shared_preload_libraries, track_planning on) and restarted with the machine's settings at the end.
# A fresh platform warms for <warm-up runs> driver runs of 600 lifecycles (default 6), the statistics are reset, 500
# lifecycles by 8 clients are counted; then bare Camunda on a fresh crowdflow_bare, 1,500 of warm-up, statistics
# reset, 1,500 counted (it warms up and measures in one JVM, so it resets between them itself: --after-warmup-sql).
# Writes /tmp/perf/<label>/{platform,bare}-statements.txt: per lifecycle, by statement, most time first.
set -u
. "$(dirname "$0")/platform.sh"
DIR=$1; OUT=/tmp/perf/$2; RUNS=${3:-6}; mkdir -p $OUT
JAR=${JAR:-$(bench_jar $DIR)}
CLUSTER=$(ls /etc/postgresql)
# PostgreSQL is started without this shell's open files: a server that inherited the lock file's descriptor from
# flock would hold the shared server lock for as long as it runs
restart_pg() {
  ( for fd in $(ls /proc/$BASHPID/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
    pg_ctlcluster --skip-systemctl-redirect $CLUSTER main restart ); sleep 2
}
restore() {
  $SQL -c "alter system reset shared_preload_libraries" -c "alter system reset pg_stat_statements.track_planning" \
       -c "alter system reset autovacuum" > /dev/null
  restart_pg
}
trap restore EXIT
$SQL -c "alter system set shared_preload_libraries = 'pg_stat_statements'" -c "alter system set autovacuum = on" > /dev/null
restart_pg
# the extension's own settings exist once it is loaded
$SQL -c "alter system set pg_stat_statements.track_planning = on" -c "select pg_reload_conf()" > /dev/null
$SQL -d postgres -c "create extension if not exists pg_stat_statements" > /dev/null
# per lifecycle: calls, rows, planning and execution ms, blocks hit, for the statements of one database
report() {  # <database> <lifecycles> <file>
  $SQL -d postgres -P pager=off -c "select round(s.calls::numeric / $2, 2) calls, round(s.rows::numeric / $2, 2) \"rows\",
      round((s.total_plan_time / $2)::numeric, 4) plan_ms, round((s.total_exec_time / $2)::numeric, 4) exec_ms,
      round(s.shared_blks_hit::numeric / $2, 1) hit, left(regexp_replace(s.query, '\s+', ' ', 'g'), 150) query
    from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$1'
    order by s.total_plan_time + s.total_exec_time desc" > $3
  $SQL -d postgres -At -c "select 'all: ' || round(sum(calls)::numeric / $2, 1) || ' statements, plan '
      || round((sum(total_plan_time) / $2)::numeric, 3) || ' ms, exec ' || round((sum(total_exec_time) / $2)::numeric, 3)
      || ' ms per lifecycle' from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$1'" >> $3
}
start_platform $DIR $OUT
D="java -XX:TieredStopAtLevel=1 -cp $JAR io.crowdflow.bench.load.LoadDriver --pg $PG/crowdflow"
for run in $(seq 1 $RUNS); do $D --lifecycles 500 --clients 8 --warmup 100 > $OUT/warm$run.txt 2>&1; done
$SQL -d postgres -c "select pg_stat_statements_reset()" > /dev/null
$D --lifecycles 500 --clients 8 --warmup 0 > $OUT/counted.txt 2>&1
report crowdflow 500 $OUT/platform-statements.txt
stop_platform
fresh_bare_database
$SQL -d crowdflow_bare -c "create extension pg_stat_statements" > /dev/null   # its reset function, for the baseline
java -cp $JAR io.crowdflow.bench.load.BareCamundaBaseline --lifecycles 1500 --clients 8 --warmup 1500 \
     --jdbc $PG/crowdflow_bare --after-warmup-sql "select pg_stat_statements_reset()" > $OUT/bare.txt 2>&1
report crowdflow_bare 1500 $OUT/bare-statements.txt
tail -n 1 $OUT/platform-statements.txt $OUT/bare-statements.txt
