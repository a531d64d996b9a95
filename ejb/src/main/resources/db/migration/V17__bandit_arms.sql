-- The learning policy's arms (docs/assignment.md): each observation names the task's type and the worker, so that
-- the hybrid model keeps an intercept per (worker, type) beside the shared weights. Rows logged before have
-- neither and inform the shared part only. Still an append-only log: the per-arm sums are additive too.
alter table cf_bandit_observation add column task_type varchar(40);
alter table cf_bandit_observation add column worker_id varchar(64);
