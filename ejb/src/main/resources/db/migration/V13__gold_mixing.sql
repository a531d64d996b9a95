-- Review context, issue 4: gold items a requester attaches to a task type, mixed into workers' assignments at a
-- rate (docs/review.md, "Gold mixed into assignments"). Portable between H2 2.x and PostgreSQL 13+.

-- A control item with its known answer: what a task made from it shows the worker (title, instructions, input,
-- reward, deadline, skills), encrypted with the requester's data key like a task's content.
create table cf_gold_item (
    id             varchar(36)   not null,
    requester_id   varchar(64)   not null,
    task_type      varchar(40)   not null,
    title          varchar(200),
    instructions   text,
    reward_amount  numeric(19,4) not null,
    currency       varchar(3)    not null,
    deadline       varchar(40)   not null,
    skills         varchar(1000) not null,
    input_json     text,
    answer         varchar(200)  not null,
    region         varchar(20),
    created_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint pk_gold_item primary key (id)
);
create index ix_gold_item_owner_type on cf_gold_item (requester_id, task_type);

-- A task made from a gold item for one worker: which item, whom it is reserved for, the assignment it was mixed
-- into and why (the rate and the counts). The rate a requester sets for the assignments of an ordinary task.
alter table cf_task add column gold_item_id varchar(36);
alter table cf_task add column reserved_for varchar(64);
alter table cf_task add column mixed_into varchar(36);
alter table cf_task add column gold_mixing varchar(500);
alter table cf_task add column gold_rate numeric(5,4);
create index ix_task_gold_item on cf_task (gold_item_id, reserved_for);

-- What the worker is shown as the reason of an assignment made by gold mixing (the assignment it was mixed into
-- gives it): the reason column keeps the whole record, gold mixing and rate included. Null: the reason.
alter table cf_assignment add column shown_reason varchar(2000);
