DROP TABLE IF EXISTS bench_row;
DROP TABLE IF EXISTS bench_counter;
CREATE TABLE bench_row (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX bench_row_created ON bench_row (created_at);
CREATE TABLE bench_counter (id int PRIMARY KEY, n bigint NOT NULL);
INSERT INTO bench_counter SELECT g, 0 FROM generate_series(1, 10000) g;
