-- The aggregated answer of each task, as automatic review computed it when it decided the task (or handed it to
-- humans): read back by GET /api/tasks/{id}/results without aggregating again (docs/review.md). One row per task;
-- a later review of the same task (after a dynamic-overlap assignment) replaces it. Portable between H2 2.x and
-- PostgreSQL 13+.
create table cf_aggregated_answer (
    task_id             varchar(36)  not null,
    method              varchar(40)  not null,      -- majority-vote or dawid-skene
    label               text,                       -- sealed with the requester's data key; null: nothing
                                                    -- aggregated, or the content was archived or purged
    confidence          double precision,           -- null when nothing was aggregated
    tied                boolean      not null,
    confident           boolean      not null,      -- whether the platform decided on it (else a human did)
    answers_aggregated  integer      not null,      -- this task's answers that voted
    agreeing            integer      not null,      -- of those, the ones that give the label
    target_confidence   double precision not null,  -- the confidence an automatic decision needed
    evidence            varchar(2000) not null,     -- the review's summary, as in the decisions' reasons
    aggregated_at       timestamp with time zone not null,
    version             bigint       not null,
    constraint pk_aggregated_answer primary key (task_id)
);
