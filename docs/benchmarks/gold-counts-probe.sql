-- A worker's gold counts per task type (JpaAssignmentRepository.goldCounts, read at every assignment for gold
-- mixing) before and after V22, over 300,000 assignments of 301 workers (about 1,000 each, 200 per type) on 5 task types, one task in
-- ten a gold copy (docs/benchmarks.md, "Late evening"). Run:
--   psql -h 127.0.0.1 -U postgres -c 'create database cf_gold_probe'
--   psql -h 127.0.0.1 -U postgres -d cf_gold_probe -f docs/benchmarks/gold-counts-probe.sql
--   psql -h 127.0.0.1 -U postgres -c 'drop database cf_gold_probe'
-- The first two plans are before (join every assignment of the worker to its task), the last two after (V22: the
-- assignment keeps its task's type and gold flag, read from one index range).
create table cf_task (id varchar(36) primary key, task_type varchar(40) not null, gold_answer varchar(200));
create table cf_assignment (id varchar(36) primary key, task_id varchar(36) not null, worker_id varchar(100) not null,
  status varchar(20) not null);
create index ix_assignment_worker on cf_assignment (worker_id, status);
insert into cf_task select 't' || g, 'type-' || (g % 5), case when g % 10 = 0 then '"cat"' else null end
  from generate_series(1, 300000) g;
insert into cf_assignment select 'a' || g, 't' || g, 'w' || (g % 301), 'SUBMITTED' from generate_series(1, 300000) g;
vacuum analyze;

-- before
explain (analyze, buffers) select sum(case when t.gold_answer is null then 1 else 0 end), sum(case when t.gold_answer is null then 0 else 1 end) from cf_assignment a, cf_task t where t.id = a.task_id and a.worker_id = 'w7' and t.task_type = 'type-2';
explain (analyze, buffers) select sum(case when t.gold_answer is null then 1 else 0 end), sum(case when t.gold_answer is null then 0 else 1 end) from cf_assignment a, cf_task t where t.id = a.task_id and a.worker_id = 'w7' and t.task_type = 'type-2';

-- V22, as in ejb/src/main/resources/db/migration
alter table cf_assignment add column task_type varchar(40);
alter table cf_assignment add column gold boolean;
update cf_assignment set
    task_type = (select t.task_type from cf_task t where t.id = cf_assignment.task_id),
    gold = (select case when t.gold_answer is null then false else true end from cf_task t
            where t.id = cf_assignment.task_id);
create index ix_assignment_worker_type_gold on cf_assignment (worker_id, task_type, gold);
vacuum analyze;

-- after
explain (analyze, buffers) select sum(case when a.gold = true then 0 else 1 end), sum(case when a.gold = true then 1 else 0 end) from cf_assignment a where a.worker_id = 'w7' and a.task_type = 'type-2';
explain (analyze, buffers) select sum(case when a.gold = true then 0 else 1 end), sum(case when a.gold = true then 1 else 0 end) from cf_assignment a where a.worker_id = 'w7' and a.task_type = 'type-2';
