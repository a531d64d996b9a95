-- An assignment without a feature vector (its worker had not consented to profiling, or it was made before V3) has
-- nothing for the policy to learn. Left with learned_at null it stayed in the range the look-up of unlearned
-- outcomes walks (ix_assignment_learned), at every assignment, for ever: a cost that grew with the history.
-- From now on such an assignment is born learned (Assignment's constructor); the earlier ones are marked here.
update cf_assignment set learned_at = assigned_at where features is null and learned_at is null;
