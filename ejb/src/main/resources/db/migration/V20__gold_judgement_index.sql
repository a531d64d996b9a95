-- The gold eligibility check before every assignment counts each worker's judged gold answers on the task's type
-- (DroolsGoldEligibility). Without an index that starts at the judgement it walked every task of the type and its
-- submissions, a cost that grew with the whole history; with it, it reads only the judged answers
-- (docs/benchmarks.md, "Per-lifecycle CPU").
create index ix_submission_gold_correct on cf_submission (gold_correct);
