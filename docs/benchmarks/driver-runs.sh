#!/bin/bash
# usage: driver-runs.sh <clone dir> <label> "<name>|<driver JVM options>|<driver options>" ...
#        (run under flock /tmp/crowdflow-servers.lock)
# One platform on PostgreSQL (a fresh crowdflow database, autovacuum on for the runs), then the load driver once per
# argument, in order, against that one server: 500 lifecycles by 8 clients after 100 of warm-up each. Per run it
# writes to /tmp/perf/<label>/summary.txt the throughput, errors, WildFly's and PostgreSQL's CPU per lifecycle
# (from /proc), the driver's own CPU (user and system seconds, from /usr/bin/time, its start and set-up included) and
# the WAL PostgreSQL wrote per lifecycle. Alternate the variants (A B A B ...): the server keeps warming up from run
# to run, so only neighbouring runs compare.
# Example: the driver's HTTP clients, C1-only driver JVM:
#   bash docs/benchmarks/driver-runs.sh /work/main http "warm|-XX:TieredStopAtLevel=1|" "warm|-XX:TieredStopAtLevel=1|" \
#     "jdk|-XX:TieredStopAtLevel=1|--http 1.1-jdk" "blocking|-XX:TieredStopAtLevel=1|--http 1.1" ...
set -u
. "$(dirname "$0")/platform.sh"
DIR=$1; OUT=/tmp/perf/$2; shift 2; mkdir -p $OUT
JAR=${JAR:-$(bench_jar $DIR)}
$SQL -c "alter system set autovacuum = on" -c "select pg_reload_conf()" > /dev/null
trap '$SQL -c "alter system reset autovacuum" -c "select pg_reload_conf()" > /dev/null' EXIT
start_platform $DIR $OUT
cpu() { awk '{print $14+$15}' /proc/$WF/stat; }
pgcpu() { for p in $(pgrep -x postgres); do cat /proc/$p/stat 2>/dev/null; done | awk '{s+=$(NF-38)+$(NF-37)} END {print s+0}'; }
lsn() { psql -h 127.0.0.1 -U postgres -Atc "select pg_current_wal_lsn()"; }
n=0
for spec in "$@"; do
  n=$((n+1)); name=${spec%%|*}; rest=${spec#*|}; jvm=${rest%%|*}; args=${rest#*|}
  c0=$(cpu); p0=$(pgcpu); w0=$(lsn)
  /usr/bin/time -f "%U %S" -o $OUT/time$n.txt java $jvm -cp $JAR io.crowdflow.bench.load.LoadDriver --pg $PG/crowdflow \
    --lifecycles 500 --clients 8 --warmup 100 $args > $OUT/run$n.txt 2>&1
  c1=$(cpu); p1=$(pgcpu)
  wal=$(psql -h 127.0.0.1 -U postgres -Atc "select pg_wal_lsn_diff(pg_current_wal_lsn(), '$w0')::bigint / 600")
  echo "$n $name: $(grep -m1 'lifecycles/s' $OUT/run$n.txt | grep -o '[0-9.]* lifecycles/s'); $(grep -m1 -o 'errors: [0-9]*' $OUT/run$n.txt); wildfly ms/lifecycle $(( (c1-c0)*10/600 )); postgresql ms/lifecycle $(( (p1-p0)*10/600 )); driver cpu s (user system) $(cat $OUT/time$n.txt); wal bytes/lifecycle $wal" >> $OUT/summary.txt
done
stop_platform
echo done >> $OUT/summary.txt
