-- Classification tables (issue 6, item 1): compliance officers tune which class each fixed detector's finding puts
-- a task in, per task type and region, through the same upload / dry run / four-eyes activation as retention
-- tables. A rule-set version is now of one kind; each kind has its own row saying which version is active.
-- Portable between H2 2.x and PostgreSQL 13+.
alter table cf_retention_ruleset add column table_kind varchar(20) default 'RETENTION' not null;
insert into cf_retention_active (id, active_version, lock_version) values (2, null, 0);
