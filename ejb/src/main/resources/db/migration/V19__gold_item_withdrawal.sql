-- Review context, issue 4: a gold item can be withdrawn by the requester who attached it or by an admin
-- (docs/review.md, "Withdrawing a gold item"). A withdrawn item is never mixed in again; the tasks already made of it
-- keep their known answer. The row keeps who withdrew it, when and why. Portable between H2 2.x and PostgreSQL 13+.
alter table cf_gold_item add column withdrawn_at timestamp with time zone;
alter table cf_gold_item add column withdrawn_by varchar(64);
alter table cf_gold_item add column withdrawal_reason varchar(2000);
