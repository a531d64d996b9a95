-- The look-up of unlearned outcomes (JpaAssignmentRepository.unlearnedOutcomes) over 100,000 decided assignments
-- without a feature vector and 50 with one (docs/benchmarks.md, "What limits these figures now"). Run:
--   psql -h 127.0.0.1 -U postgres -c 'create database cf_learn_probe'
--   psql -h 127.0.0.1 -U postgres -d cf_learn_probe -f docs/benchmarks/unlearned-outcomes-probe.sql
-- The first two plans are before (featureless rows left unlearned), the last two after (born learned, V21).
create table cf_task (id varchar(36) primary key, task_type varchar(50));
create table cf_assignment (id varchar(36) primary key, task_id varchar(36), worker_id varchar(100), status varchar(20),
  assigned_at timestamptz, closed_at timestamptz, features text, learned_at timestamptz);
create index ix_assignment_learned on cf_assignment (learned_at, status);
create table cf_submission (id varchar(36) primary key, assignment_id varchar(36) unique, task_id varchar(36),
  decision varchar(20), decided_at timestamptz);
insert into cf_task select 't' || g, 'labeling' from generate_series(1, 100000) g;
-- 100,000 decided assignments without a feature vector (no profiling consent), 50 with one, not yet learned
insert into cf_assignment select 'a' || g, 't' || g, 'w' || (g % 300), 'SUBMITTED', now() - interval '1 day', now(),
  case when g % 2000 = 0 then '[0.5]' else null end, null from generate_series(1, 100000) g;
insert into cf_submission select 's' || g, 'a' || g, 't' || g, 'ACCEPT', now() - (g || ' seconds')::interval
  from generate_series(1, 100000) g;
analyze;

-- before
explain (analyze, buffers) select a.id, t.task_type, a.worker_id, a.features, s.decision from cf_assignment a join cf_submission s on s.assignment_id = a.id join cf_task t on t.id = a.task_id where s.decision is not null and a.features is not null and a.learned_at is null order by s.decided_at limit 200;
explain (analyze) select a.id, t.task_type, a.worker_id, a.features from cf_assignment a join cf_task t on t.id = a.task_id where a.status = 'EXPIRED' and a.features is not null and a.learned_at is null order by a.closed_at limit 200;
update cf_assignment set learned_at = assigned_at where features is null and learned_at is null;
vacuum analyze;
-- after
explain (analyze, buffers) select a.id, t.task_type, a.worker_id, a.features, s.decision from cf_assignment a join cf_submission s on s.assignment_id = a.id join cf_task t on t.id = a.task_id where s.decision is not null and a.features is not null and a.learned_at is null order by s.decided_at limit 200;
explain (analyze) select a.id, t.task_type, a.worker_id, a.features from cf_assignment a join cf_task t on t.id = a.task_id where a.status = 'EXPIRED' and a.features is not null and a.learned_at is null order by a.closed_at limit 200;
