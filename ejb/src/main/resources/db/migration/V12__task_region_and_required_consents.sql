-- Tasks carry a region (docs/api.md, POST /tasks "region"), so that the retention table's Region column
-- can match it (docs/compliance-guide.md). Null: no region; only rows for any region ("*" or empty) apply.
alter table cf_task add column region varchar(20);

-- The consent purposes governance decided a worker must have granted to work on the task (comma-joined,
-- e.g. personal-data-processing when its content holds personal data); null: none.
alter table cf_task add column required_consents varchar(200);
