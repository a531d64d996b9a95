-- The verifiable ledger (issue 5; docs/ledger.md). Append-only: the platform never updates or deletes
-- these rows; a changed row is what the verifier detects. Hashes are standard base64 (44 characters).

-- One row (id = 1): the number of entries, which is also the next sequence. Every append locks it
-- (select ... for update), so sequences are gap-free and in commit order across threads and nodes.
create table cf_ledger_head (
    id        integer primary key,
    tree_size bigint  not null
);
insert into cf_ledger_head (id, tree_size) values (1, 0);

create table cf_ledger_entry (
    seq          bigint       primary key,
    recorded_at  timestamp with time zone not null,
    from_account varchar(64)  not null,     -- pseudonymous (HMAC of the account id), never a person's id
    to_account   varchar(64)  not null,
    amount       varchar(40)  not null,     -- canonical decimal text, four fraction digits
    currency     varchar(3)   not null,
    task_id      varchar(36)  not null,     -- '' when the movement belongs to no task
    kind         varchar(20)  not null,
    leaf_hash    varchar(44)  not null      -- SHA-256(0x00 || encoded entry)
);

create table cf_ledger_checkpoint (
    tree_size    bigint       primary key,
    root_hash    varchar(44)  not null,
    signed_at_ms bigint       not null,
    signature    varchar(100) not null,     -- Ed25519 over the checkpoint's signed bytes, base64
    key_id       varchar(16)  not null
);

-- which ledger entry records a posting
alter table cf_posting add column ledger_seq bigint;

-- Idempotency-Key of money-moving admin calls: the same key and request answer with the first result
create table cf_deposit_request (
    admin_id        varchar(64)   not null,
    idempotency_key varchar(255)  not null,
    request_hash    varchar(64)   not null,
    account_id      varchar(120)  not null,
    balance_after   numeric(19,4) not null,
    currency        varchar(3)    not null,
    created_at      timestamp with time zone not null,
    primary key (admin_id, idempotency_key)
);
