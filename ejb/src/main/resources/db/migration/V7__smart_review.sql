-- Review context, issue 4 continued: the requester's review preferences on a task (aggregation method, target
-- confidence, most assignments for dynamic overlap, the known answer of a gold question) and each worker's
-- reputation per task type. Portable between H2 2.x and PostgreSQL 13+.
alter table cf_task add column aggregation varchar(20);
alter table cf_task add column target_confidence numeric(5,4);
alter table cf_task add column max_assignments integer;
alter table cf_task add column gold_answer varchar(200);

-- A worker's estimated accuracy on one task type, as the last aggregation over the type's pooled answers
-- estimated it, with the figures behind it (shown to the worker by GET /api/me/reputation).
create table cf_reputation (
    worker_id           varchar(64)  not null,
    task_type           varchar(40)  not null,
    estimated_accuracy  double precision not null,  -- (answers x model accuracy + 1) / (answers + 2)
    model_accuracy      double precision not null,  -- Dawid-Skene's estimate over the pooled answers
    answers             integer      not null,      -- the worker's answers in the pool
    gold_answered       integer      not null,
    gold_correct        integer      not null,
    pooled_answers      integer      not null,      -- all answers of the pool
    method              varchar(40)  not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint pk_reputation primary key (worker_id, task_type)
);
create index ix_reputation_type on cf_reputation (task_type);
