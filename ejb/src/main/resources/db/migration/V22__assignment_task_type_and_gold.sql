-- Each assignment keeps its task's type and whether the task is a gold copy, set when it is made. Gold mixing
-- counts a worker's ordinary and gold assignments of a type at every assignment; with these columns and the index
-- that is one index range of the worker's rows of that type, instead of joining every assignment the worker ever
-- had to its task (a cost that grew with each worker's history). Earlier assignments are filled in from their tasks.
alter table cf_assignment add column task_type varchar(40);
alter table cf_assignment add column gold boolean;
update cf_assignment set
    task_type = (select t.task_type from cf_task t where t.id = cf_assignment.task_id),
    gold = (select case when t.gold_answer is null then false else true end from cf_task t
            where t.id = cf_assignment.task_id);
create index ix_assignment_worker_type_gold on cf_assignment (worker_id, task_type, gold);
