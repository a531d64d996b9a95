-- The count of open assignments per worker that every assignment decision makes
-- (JpaAssignmentRepository.openCountsByWorker), over :n assignments of which 8 are open (docs/benchmarks.md,
-- "Afternoon of 2026-11-26"). Run:
--   psql -h 127.0.0.1 -U postgres -c 'create database cf_open_probe'
--   psql -h 127.0.0.1 -U postgres -d cf_open_probe -v n=100000 -f docs/benchmarks/open-assignments-probe.sql
-- The first plan is before V23 (the platform's indexes up to V22), the second after.
drop table if exists cf_assignment;
create table cf_assignment (id varchar(36) primary key, task_id varchar(36), worker_id varchar(100),
  status varchar(20), task_type varchar(40), gold boolean, learned_at timestamptz);
create index ix_assignment_task on cf_assignment (task_id);
create index ix_assignment_worker on cf_assignment (worker_id, status);
create index ix_assignment_learned on cf_assignment (learned_at, status);
create index ix_assignment_worker_type_gold on cf_assignment (worker_id, task_type, gold);
-- :n assignments by 300 workers, all submitted but the last 8
insert into cf_assignment select 'a' || g, 't' || g, 'w' || (g % 300),
  case when g > :n - 8 then 'ASSIGNED' else 'SUBMITTED' end, 'labeling', false, now()
  from generate_series(1, :n) g;
vacuum analyze cf_assignment;
-- the query Hibernate sends for openCountsByWorker
explain (analyze, buffers) select a1_0.worker_id, count(a1_0.id) from cf_assignment a1_0 where a1_0.status = 'ASSIGNED'
  group by a1_0.worker_id;
create index ix_assignment_open on cf_assignment (status, worker_id);
vacuum analyze cf_assignment;
explain (analyze, buffers) select a1_0.worker_id, count(a1_0.id) from cf_assignment a1_0 where a1_0.status = 'ASSIGNED'
  group by a1_0.worker_id;
