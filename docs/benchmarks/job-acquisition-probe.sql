-- Camunda's job acquisition over a backlog of pending timers (docs/benchmarks.md, "Afternoon of 2026-11-26: two
-- costs that grew with the history"). Every finished task keeps one timer, its retention end, for its whole
-- retention period, so ACT_RU_JOB holds one row per task still kept. Run with the number of pending timers as n:
--   psql -h 127.0.0.1 -U postgres -c 'create database cf_job_probe'
--   psql -h 127.0.0.1 -U postgres -d cf_job_probe -v n=100000 -f docs/benchmarks/job-acquisition-probe.sql
-- ACT_RU_JOB as Camunda 7.24 creates it on PostgreSQL (activiti.postgres.create.engine.sql), with its indexes.
drop table if exists ACT_RU_JOB;
create table ACT_RU_JOB (
    ID_ varchar(64) NOT NULL, REV_ integer, TYPE_ varchar(255) NOT NULL, LOCK_EXP_TIME_ timestamp,
    LOCK_OWNER_ varchar(255), EXCLUSIVE_ boolean, EXECUTION_ID_ varchar(64), ROOT_PROC_INST_ID_ varchar(64),
    PROCESS_INSTANCE_ID_ varchar(64), PROCESS_DEF_ID_ varchar(64), PROCESS_DEF_KEY_ varchar(255), RETRIES_ integer,
    EXCEPTION_STACK_ID_ varchar(64), EXCEPTION_MSG_ varchar(4000), FAILED_ACT_ID_ varchar(255), DUEDATE_ timestamp,
    REPEAT_ varchar(255), REPEAT_OFFSET_ bigint DEFAULT 0, HANDLER_TYPE_ varchar(255), HANDLER_CFG_ varchar(4000),
    DEPLOYMENT_ID_ varchar(64), SUSPENSION_STATE_ integer NOT NULL DEFAULT 1, JOB_DEF_ID_ varchar(64),
    PRIORITY_ bigint NOT NULL DEFAULT 0, SEQUENCE_COUNTER_ bigint, TENANT_ID_ varchar(64), CREATE_TIME_ timestamp,
    LAST_FAILURE_LOG_ID_ varchar(64), BATCH_ID_ varchar(64), primary key (ID_));
create index ACT_IDX_JOB_EXECUTION_ID on ACT_RU_JOB(EXECUTION_ID_);
create index ACT_IDX_JOB_HANDLER on ACT_RU_JOB(HANDLER_TYPE_,HANDLER_CFG_);
create index ACT_IDX_JOB_PROCINST on ACT_RU_JOB(PROCESS_INSTANCE_ID_);
create index ACT_IDX_JOB_ROOT_PROCINST on ACT_RU_JOB(ROOT_PROC_INST_ID_);
create index ACT_IDX_JOB_TENANT_ID on ACT_RU_JOB(TENANT_ID_);
create index ACT_IDX_JOB_JOB_DEF_ID on ACT_RU_JOB(JOB_DEF_ID_);
create index ACT_IDX_JOB_EXCEPTION on ACT_RU_JOB(EXCEPTION_STACK_ID_);
create index ACT_IDX_JOB_HANDLER_TYPE ON ACT_RU_JOB(HANDLER_TYPE_);
-- :n retention timers due in 1 to 30 days, and 8 due jobs: async continuations made just now (their due date null
-- as Camunda makes them by default)
insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_,
    HANDLER_TYPE_, SUSPENSION_STATE_, CREATE_TIME_)
  select 't' || g, 1, 'timer', true, 'e' || g, 'p' || g, 3, now() + (1 + g % 30) * interval '1 day',
    'timer-intermediate-transition', 1, now() from generate_series(1, :n) g;
insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_,
    HANDLER_TYPE_, SUSPENSION_STATE_, CREATE_TIME_)
  select 'm' || g, 1, 'message', true, 'em' || g, 'pm' || g, 3, null, 'async-continuation', 1, now()
  from generate_series(1, 8) g;
vacuum analyze ACT_RU_JOB;

-- before: Camunda's default, a due date may be null (Job.xml, selectNextJobsToExecute, 3 jobs per acquisition)
explain (analyze, buffers) select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
from ACT_RU_JOB RES
where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now()::timestamp)
  and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()::timestamp) and RES.SUSPENSION_STATE_ = 1
  and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
          where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
            and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()::timestamp)))
       or RES.EXCLUSIVE_ = false)
  and HANDLER_TYPE_ != 'history-cleanup'
LIMIT 3 OFFSET 0;

-- after: every job has a due date (ensureJobDueDateNotNull; the platform gave the older ones one at start) and
-- the due date is indexed (DueJobAcquisition)
update ACT_RU_JOB set DUEDATE_ = CREATE_TIME_ where DUEDATE_ is null;
create index CF_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);
vacuum analyze ACT_RU_JOB;
explain (analyze, buffers) select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
from ACT_RU_JOB RES
where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= now()::timestamp)
  and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()::timestamp) and RES.SUSPENSION_STATE_ = 1
  and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
          where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
            and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()::timestamp)))
       or RES.EXCLUSIVE_ = false)
  and HANDLER_TYPE_ != 'history-cleanup'
LIMIT 3 OFFSET 0;
