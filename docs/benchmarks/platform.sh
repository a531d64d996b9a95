# Sourced by the benchmark scripts beside it: a fresh platform on PostgreSQL, started and stopped.
#   start_platform <clone dir> <output dir>   drops and creates the crowdflow database, runs mvn -Prun,postgresql
#                                               package in the clone, waits until the platform answers; sets MVNPID, WF
#   stop_platform                             stops WildFly and Keycloak
#   fresh_bare_database                       drops and creates crowdflow_bare, bare Camunda's PostgreSQL database
#   bench_jar <clone dir>                     prints the clone's bench jar, built first if missing: the run profile
#                                               never packages it (the bench module comes after the ear, whose package
#                                               phase runs the platform until it is stopped)
PG=jdbc:postgresql://127.0.0.1:5432
SQL="psql -q -h 127.0.0.1 -U postgres"

start_platform() {
  $SQL -c "drop database if exists crowdflow" -c "create database crowdflow"
  export CROWDFLOW_DB_URL=$PG/crowdflow CROWDFLOW_DB_USER=postgres CROWDFLOW_DB_PASSWORD=postgres
  setsid bash -c "cd '$1' && exec mvn -B -ntp -o -Prun,postgresql package" > "$2/platform.log" 2>&1 &
  MVNPID=$!
  for i in $(seq 1 300); do grep -q "Crowdflow is running" "$2/platform.log" && break; sleep 2; done
  sleep 10
  WF=$(pgrep -f "jboss-modules.jar" | head -1)
}

stop_platform() {
  kill -INT -- -$MVNPID; sleep 15; kill -- -$MVNPID 2>/dev/null; sleep 3
  pkill -f jboss-modules.jar; pkill -f keycloak; sleep 2
}

fresh_bare_database() {
  $SQL -c "drop database if exists crowdflow_bare" -c "create database crowdflow_bare"
}

bench_jar() {
  [ -f "$1/bench/target/crowdflow-bench.jar" ] || (cd "$1" && mvn -B -ntp -o -q -pl bench -am package -DskipTests) >&2
  echo "$1/bench/target/crowdflow-bench.jar"
}
