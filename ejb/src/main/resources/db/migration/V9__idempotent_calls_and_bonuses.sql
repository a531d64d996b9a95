-- Transparent payments, continued (issue 5; docs/ledger.md, docs/api.md "Idempotency").

-- Creating and money-moving calls made under an Idempotency-Key (submissions, disputes, bonuses,
-- cancellations): the first request's hash and the id of what it made. Keys belong to one caller and
-- one operation; the primary key makes a concurrent duplicate wait for the first and then fail, so it
-- answers with the first one's result.
create table cf_idempotent_request (
    caller_id       varchar(64)   not null,
    operation       varchar(40)   not null,
    idempotency_key varchar(255)  not null,
    request_hash    varchar(64)   not null,
    result_id       varchar(64)   not null,
    created_at      timestamp with time zone not null,
    primary key (caller_id, operation, idempotency_key)
);

-- Bonuses: a requester pays a worker who worked on their task, from the requester's balance (ledger kind
-- "bonus"); the posting's reason names the bonus id.
create table cf_bonus (
    id           varchar(36)   primary key,
    task_id      varchar(36)   not null references cf_task (id),
    requester_id varchar(64)   not null,
    worker_id    varchar(64)   not null,
    amount       numeric(19,4) not null,
    currency     varchar(3)    not null,
    reason       varchar(2000) not null,
    paid_at      timestamp with time zone not null
);
create index ix_bonus_task on cf_bonus (task_id);

-- One row whose lock serialises the creation of accounts (docs/ledger.md, "Storage and concurrency"): a
-- transaction that needs a new account takes it before any account lock, then creates the account.
create table cf_account_creation_lock (
    id integer primary key
);
insert into cf_account_creation_lock (id) values (1);
