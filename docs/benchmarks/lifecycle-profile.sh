#!/bin/bash
# usage: lifecycle-profile.sh <clone dir> <label> [h2|postgresql] [driver runs]
#        (run under flock /tmp/crowdflow-servers.lock)
# A fresh platform, the load driver <driver runs> times (default 2) with WildFly's CPU per lifecycle, one run
# under JFR, the servers stopped, then bare Camunda twice on the same database kind. Writes /tmp/perf/<label>.
# BARE_LONG=<lifecycles> adds bare Camunda's long run (1,500 of warm-up, then that many measured, the machine's CPU
# per lifecycle from /proc/stat) and the warm ratio: the mean of the platform's last three runs against it.
set -u
. "$(dirname "$0")/platform.sh"   # bench_jar, fresh_bare_database
DIR=$1; LABEL=$2; DB=${3:-h2}; RUNS=${4:-2}; OUT=/tmp/perf/$LABEL; mkdir -p $OUT
cd $DIR
# JAR: the bench jar to drive with (default: the clone's own); DRIVER_ARGS: more driver options, e.g. "--http 2"
JAR=${JAR:-$(bench_jar $DIR)}
# DRIVER_JVM: the driver's JVM options. By default its JIT stops at C1: C2 compiling the driver's own code took
# about 5 % of the two cores during a run, CPU the platform under test then lacked (docs/benchmarks.md, 2026-11-26).
D="java ${DRIVER_JVM--XX:TieredStopAtLevel=1} -cp $JAR io.crowdflow.bench.load.LoadDriver ${DRIVER_ARGS:-}"
BARE_DB=""
PROFILES=run
if [ "$DB" = postgresql ]; then
  # This machine's PostgreSQL runs without autovacuum (conf.d/90-ci.conf). Without it every run leaves Camunda's
  # deleted runtime rows behind (act_ru_task: 9 live rows and 8,000 dead after 4,000 lifecycles) and PostgreSQL's
  # CPU per lifecycle doubled within seven runs. PostgreSQL's own default, autovacuum on, for the runs (platform and
  # bare Camunda alike), and the machine's setting back at the end. AUTOVACUUM=as-is keeps the machine's.
  if [ "${AUTOVACUUM:-on}" = on ]; then
    psql -q -h 127.0.0.1 -U postgres -c "alter system set autovacuum = on" -c "select pg_reload_conf()" > /dev/null
    trap 'psql -q -h 127.0.0.1 -U postgres -c "alter system reset autovacuum" -c "select pg_reload_conf()" > /dev/null' EXIT
  fi
  PG=jdbc:postgresql://127.0.0.1:5432
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists crowdflow" -c "create database crowdflow"
  export CROWDFLOW_DB_URL=$PG/crowdflow CROWDFLOW_DB_USER=postgres CROWDFLOW_DB_PASSWORD=postgres
  D="$D --pg $PG/crowdflow"
  BARE_DB="--jdbc $PG/crowdflow_bare"
  PROFILES=run,postgresql
fi
setsid mvn -B -ntp -o -P$PROFILES package > $OUT/platform.log 2>&1 &
MVNPID=$!
for i in $(seq 1 300); do
  grep -q "Crowdflow is running" $OUT/platform.log && break
  sleep 2
done
sleep 10
WF=$(pgrep -f "jboss-modules.jar" | head -1)
echo "wildfly pid $WF" > $OUT/summary.txt
cpu() { awk '{print $14+$15}' /proc/$WF/stat; }
# PostgreSQL's CPU ticks (all its processes; the pool keeps the platform's connections, so their backends live on)
pgcpu() { for p in $(pgrep -x postgres); do cat /proc/$p/stat 2>/dev/null; done | awk '{s+=$(NF-38)+$(NF-37)} END {print s+0}'; }
# the JIT's compile time so far (ms), to see when the server's code is warm, and the CPU ticks (10 ms) of the
# compiler threads alive now: the JVM stops idle C1 threads and their ticks go with them, so compare C2 runs only
jit() { jcmd $WF PerfCounter.print 2>/dev/null | awk -F= '/java.ci.totalTime=/ {t=$2} /sun.os.hrt.frequency=/ {f=$2} END {if (f) printf "%d ms", t*1000/f}'
  printf ", compiler threads %d ticks" $(cat /proc/$WF/task/*/stat 2>/dev/null | awk '/CompilerThre/ {s+=$(NF-38)+$(NF-37)} END {print s+0}'); }
# the whole machine's busy CPU ticks (user, nice, system, irq, softirq), to compare with bare Camunda's
busy() { awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat; }
for run in $(seq 1 $RUNS); do
  c0=$(cpu); p0=$(pgcpu); m0=$(busy); l0=$(cut -d' ' -f1 /proc/loadavg)
  $D --lifecycles 500 --clients 8 --warmup 100 > $OUT/run$run.txt 2>&1
  c1=$(cpu); p1=$(pgcpu); m1=$(busy); l1=$(cut -d' ' -f1 /proc/loadavg)
  echo "run $run: $(grep -m1 -i 'lifecycles/s\|lifecycles per second' $OUT/run$run.txt) wildfly ticks $((c1-c0)) per lifecycle ms $(( (c1-c0)*10/600 )) postgresql ms $(( (p1-p0)*10/600 )) machine ms $(( (m1-m0)*10/600 )) load $l0-$l1 jit $(jit)" >> $OUT/summary.txt
done
jcmd $WF JFR.start name=p settings=profile > /dev/null
$D --lifecycles 300 --clients 8 --warmup 0 > $OUT/jfr-run.txt 2>&1
jcmd $WF JFR.dump name=p filename=$OUT/wildfly.jfr > /dev/null
jcmd $WF JFR.stop name=p > /dev/null
kill -INT -- -$MVNPID; sleep 15; kill -- -$MVNPID 2>/dev/null; sleep 3
pkill -f jboss-modules.jar; pkill -f keycloak; sleep 2
for run in 1 2; do
  l0=$(cut -d' ' -f1 /proc/loadavg)
  [ "$DB" = postgresql ] && fresh_bare_database
  java -cp $JAR io.crowdflow.bench.load.BareCamundaBaseline --lifecycles 1500 --clients 8 --warmup 300 $BARE_DB > $OUT/bare$run.txt 2>&1
  echo "bare $run: $(grep -m1 -i 'lifecycles/s\|lifecycles per second' $OUT/bare$run.txt) load $l0" >> $OUT/summary.txt
done
if [ -n "${BARE_LONG:-}" ]; then
  if [ "$DB" = postgresql ]; then fresh_bare_database; else rm -f target/bare-camunda*.db; fi
  b0=$(busy)
  java -cp $JAR io.crowdflow.bench.load.BareCamundaBaseline --lifecycles $BARE_LONG --clients 8 --warmup 1500 \
       $BARE_DB > $OUT/bare-long.txt 2>&1
  b1=$(busy)
  bare=$(grep -m1 -o '[0-9.]* lifecycles/s' $OUT/bare-long.txt | cut -d' ' -f1)
  echo "bare long: $(grep -m1 'lifecycles/s' $OUT/bare-long.txt) machine CPU per lifecycle, warm-up and start" \
       "included, ms $(( (b1-b0)*10/(BARE_LONG+1500) ))" >> $OUT/summary.txt
  warm=$(grep '^run ' $OUT/summary.txt | tail -3 | grep -o '[0-9.]* lifecycles/s' | cut -d' ' -f1 | paste -sd' ')
  echo "$warm" | awk -v b=$bare '{m=($1+$2+$3)/3; printf "ratio warm: platform runs %s (mean %.1f) against bare Camunda %.1f: %.0f %%\n", $0, m, b, 100*m/b}' >> $OUT/summary.txt
fi
echo done >> $OUT/summary.txt
