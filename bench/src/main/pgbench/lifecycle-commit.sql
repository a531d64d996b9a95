-- One durable commit of the size a lifecycle's commits have on average on PostgreSQL (load driver, 2026-11:
-- 13.0 commits, 142.8 rows inserted and 28.7 updated per lifecycle, i.e. about 11 inserts and 2 updates per
-- commit). pgbench's transactions per second divided by 13 is the database's bound on lifecycles per second.
\set row random(1, 10000)
BEGIN;
INSERT INTO bench_row (payload) SELECT repeat(md5(random()::text), 6) FROM generate_series(1, 11);
UPDATE bench_counter SET n = n + 1 WHERE id = :row;
UPDATE bench_counter SET n = n + 1 WHERE id = (:row % 10000) + 1;
END;
