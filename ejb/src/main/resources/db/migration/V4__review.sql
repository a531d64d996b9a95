-- Review context (issue 4): a rejected worker's dispute, at most one per submission, decided by a reviewer
-- other than the one who rejected. Portable between H2 2.x and PostgreSQL 13+.
create table cf_dispute (
    id               varchar(36)   primary key,
    submission_id    varchar(36)   not null unique references cf_submission (id),
    task_id          varchar(36)   not null references cf_task (id),
    worker_id        varchar(64)   not null,
    reason           varchar(2000) not null,
    filed_at         timestamp with time zone not null,
    rejected_by      varchar(64),
    decision         varchar(10),
    decision_reason  varchar(2000),
    reviewer_id      varchar(64),
    decided_at       timestamp with time zone,
    version          bigint        not null
);
create index ix_dispute_open on cf_dispute (decided_at, filed_at);
