-- Gold records over a worker's whole history (docs/review.md#gold-questions): each answer to a gold question is
-- judged once against the known answer when review first sees it, and the judgement stays on the submission (it
-- survives archival, which removes only the answer's content). Eligibility and the review rules count these rows
-- instead of the gold answers that happen to be in the type's recent pool.
alter table cf_submission add column gold_correct boolean;
create index cf_submission_worker_gold on cf_submission (worker_id, gold_correct);
