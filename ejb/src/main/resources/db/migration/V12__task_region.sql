-- Tasks carry a region (docs/api.md, POST /tasks "region"), so that the retention table's Region column
-- can match it (docs/compliance-guide.md). Null: no region; only rows for any region ("*" or empty) apply.
alter table cf_task add column region varchar(20);
