-- Every assignment decision counts each worker's open assignments (JpaAssignmentRepository.openCountsByWorker:
-- status ASSIGNED, grouped by worker). The only index with the status had the worker first, so the count read
-- every assignment ever made, a cost that grew with the history. With the status first it reads the open ones.
create index ix_assignment_open on cf_assignment (status, worker_id);
