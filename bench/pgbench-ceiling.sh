#!/usr/bin/env bash
# The database's own limit for the lifecycle's durable commits (docs/benchmarks.md, "Lifecycle throughput").
# usage: bench/pgbench-ceiling.sh [clients] [seconds]     (PostgreSQL at 127.0.0.1:5432, user postgres)
set -euo pipefail
cd "$(dirname "$0")/src/main/pgbench"
clients="${1:-8}"; seconds="${2:-30}"; db=crowdflow_pgbench
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
psql -h 127.0.0.1 -U postgres -d "$db" -q -f setup.sql
pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j "$(( clients < 2 ? clients : 2 ))" -T "$seconds" \
    -f lifecycle-commit.sql "$db" | tee /dev/stderr | awk '/^tps/ { printf "bound: %.1f lifecycles/s (13 commits each)\n", $3 / 13 }'
psql -h 127.0.0.1 -U postgres -qc "drop database $db"
