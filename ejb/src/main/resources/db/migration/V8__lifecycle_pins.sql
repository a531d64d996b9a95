-- Process designers (issue 7): a task type may pin the version of the TaskLifecycle model its new tasks start
-- on; without a pin they start on the latest version. Portable between H2 2.x and PostgreSQL 13+.
create table cf_lifecycle_pin (
    task_type   varchar(64)   primary key,
    version     integer       not null,
    pinned_by   varchar(64)   not null,
    pinned_at   timestamp with time zone not null,
    reason      varchar(500)  not null
);
