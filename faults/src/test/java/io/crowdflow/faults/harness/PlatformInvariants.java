package io.crowdflow.faults.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * What must hold in the database after any load, crash or outage, read with SQL only (the platform's tables
 * as docs/architecture.md describes them). Each check returns what violates it, so a failing test names the
 * tasks, accounts or jobs concerned; an empty list means the check holds.
 */
public final class PlatformInvariants {

    /** Task states after which nothing more happens to a task's money. */
    public static final String ENDED = "('SETTLED', 'REJECTED', 'ARCHIVED', 'PURGED')";

    private final Postgres db;

    public PlatformInvariants(Postgres db) {
        this.db = db;
    }

    /** Every violation of every check below. */
    public List<String> violations() {
        List<String> all = new ArrayList<>();
        all.addAll(assignedBeyondRedundancy());
        all.addAll(paidTwice());
        all.addAll(escrowedTwice());
        all.addAll(postingsThatDoNotBalance());
        all.addAll(negativeAccounts());
        all.addAll(escrowLeftBehind());
        all.addAll(policyStatisticsNotTheSumOfTheUpdates());
        all.addAll(ledgerNotOneGapFreeSequence());
        all.addAll(jobsStuckWithoutIncident());
        return all;
    }

    /** More live (not expired) assignments or submissions for a task than its redundancy. */
    public List<String> assignedBeyondRedundancy() {
        return prefixed("assigned beyond redundancy", db.rows("""
                select t.id, t.redundancy,
                       (select count(*) from cf_assignment a where a.task_id = t.id and a.status <> 'EXPIRED') live,
                       (select count(*) from cf_submission s where s.task_id = t.id) submissions
                from cf_task t
                where (select count(*) from cf_assignment a where a.task_id = t.id and a.status <> 'EXPIRED') > t.redundancy
                   or (select count(*) from cf_submission s where s.task_id = t.id) > t.redundancy"""));
    }

    /**
     * A worker paid twice for one task, or a task with more payments than accepted submissions; and an ended
     * task whose accepted submissions were not each paid once.
     */
    public List<String> paidTwice() {
        List<String> found = prefixed("paid twice", db.rows("""
                select task_id, to_account, count(*) from cf_posting
                where from_account like 'escrow:%' and to_account like 'worker:%'
                group by task_id, to_account having count(*) > 1"""));
        found.addAll(prefixed("payments differ from accepted submissions", db.rows("""
                select t.id, t.status,
                       (select count(*) from cf_posting p where p.task_id = t.id and p.from_account like 'escrow:%'
                          and p.to_account like 'worker:%') payments,
                       (select count(*) from cf_submission s where s.task_id = t.id and s.decision = 'ACCEPT') accepted
                from cf_task t
                where (select count(*) from cf_posting p where p.task_id = t.id and p.from_account like 'escrow:%'
                          and p.to_account like 'worker:%')
                      > (select count(*) from cf_submission s where s.task_id = t.id and s.decision = 'ACCEPT')
                   or (upper(t.status) in ('SETTLED', 'ARCHIVED')
                       and (select count(*) from cf_posting p where p.task_id = t.id and p.from_account like 'escrow:%'
                              and p.to_account like 'worker:%')
                           <> (select count(*) from cf_submission s where s.task_id = t.id and s.decision = 'ACCEPT'))""")));
        return found;
    }

    /** A task whose requester was charged into escrow more than once (e.g. a retried post). */
    public List<String> escrowedTwice() {
        return prefixed("escrowed twice", db.rows("""
                select task_id, count(*) from cf_posting
                where from_account like 'requester:%' and to_account like 'escrow:%'
                group by task_id having count(*) > 1"""));
    }

    /**
     * Double entry: every posting moves a positive amount between two accounts of its currency, so postings
     * sum to zero; each balance equals what its postings brought in minus what they took out; all balances of
     * a currency sum to zero.
     */
    public List<String> postingsThatDoNotBalance() {
        List<String> found = prefixed("posting not positive or across currencies", db.rows("""
                select p.id, p.amount, p.currency, f.currency, t.currency from cf_posting p
                join cf_account f on f.id = p.from_account join cf_account t on t.id = p.to_account
                where p.amount <= 0 or f.currency <> p.currency or t.currency <> p.currency"""));
        found.addAll(prefixed("balance is not the sum of its postings", db.rows("""
                select a.id, a.balance,
                       coalesce((select sum(amount) from cf_posting where to_account = a.id), 0)
                       - coalesce((select sum(amount) from cf_posting where from_account = a.id), 0) from_postings
                from cf_account a
                where a.balance <> coalesce((select sum(amount) from cf_posting where to_account = a.id), 0)
                                   - coalesce((select sum(amount) from cf_posting where from_account = a.id), 0)""")));
        found.addAll(prefixed("balances of a currency do not sum to zero", db.rows("""
                select currency, sum(balance) from cf_account group by currency having sum(balance) <> 0""")));
        return found;
    }

    /** Only the external (deposits) account may be negative. */
    public List<String> negativeAccounts() {
        return prefixed("negative account", db.rows(
                "select id, balance from cf_account where balance < 0 and upper(kind) <> 'EXTERNAL'"));
    }

    /** An ended task's escrow must be empty: paid out, refunded or charged as fee. */
    public List<String> escrowLeftBehind() {
        return prefixed("escrow left behind", db.rows("""
                select a.id, a.balance, t.status from cf_account a
                join cf_task t on a.id = 'escrow:' || t.id || ':' || a.currency
                where upper(a.kind) = 'ESCROW' and a.balance <> 0 and upper(t.status) in """ + ENDED));
    }

    /**
     * The learning policy's statistics are the log of its updates (cf_bandit_observation); each outcome is
     * claimed once (cf_assignment.learned_at) and appended once: as many observations as claimed outcomes, and
     * their rewards sum to the claimed outcomes that were accepted work.
     */
    public List<String> policyStatisticsNotTheSumOfTheUpdates() {
        long observations = db.number("select count(*) from cf_bandit_observation");
        long claimed = db.number("select count(*) from cf_assignment where learned_at is not null and features is not null");
        long rewards = db.number("select coalesce(round(sum(reward)), 0) from cf_bandit_observation");
        long acceptedClaimed = db.number("""
                select count(*) from cf_assignment a join cf_submission s on s.assignment_id = a.id
                where a.learned_at is not null and a.features is not null and s.decision = 'ACCEPT'""");
        List<String> found = new ArrayList<>();
        if (observations != claimed) {
            found.add("policy statistics: " + observations + " observations for " + claimed + " learned outcomes");
        }
        if (rewards != acceptedClaimed) {
            found.add("policy statistics: rewards sum to " + rewards + " for " + acceptedClaimed
                    + " learned accepted outcomes");
        }
        return found;
    }

    /**
     * One gap-free sequence: entries 0..n-1 exactly once, the head's tree size n, and one entry per posting.
     */
    public List<String> ledgerNotOneGapFreeSequence() {
        long count = db.number("select count(*) from cf_ledger_entry");
        long distinct = db.number("select count(distinct seq) from cf_ledger_entry");
        long min = db.number("select coalesce(min(seq), 0) from cf_ledger_entry");
        long max = db.number("select coalesce(max(seq), -1) from cf_ledger_entry");
        long head = db.number("select tree_size from cf_ledger_head");
        long postings = db.number("select count(*) from cf_posting");
        List<String> found = new ArrayList<>();
        if (count != distinct || min != 0 || max != count - 1) {
            found.add("ledger: " + count + " entries, " + distinct + " distinct, seq " + min + ".." + max);
        }
        if (head != count) {
            found.add("ledger: head says " + head + " entries, the table holds " + count);
        }
        if (postings != count) {
            found.add("ledger: " + postings + " postings but " + count + " entries");
        }
        return found;
    }

    /**
     * A job is stuck when the job executor should have run it and has not: it is due since more than a minute,
     * has retries left and no live lock; or it has no retries left and no incident says so.
     */
    public List<String> jobsStuckWithoutIncident() {
        List<String> found = prefixed("job due and not run", db.rows("""
                select id_, type_, handler_type_, duedate_, retries_, lock_owner_, lock_exp_time_ from act_ru_job
                where retries_ > 0 and suspension_state_ = 1 and coalesce(duedate_, create_time_) < now() - interval '60 seconds'
                  and (lock_exp_time_ is null or lock_exp_time_ < now())"""));
        found.addAll(prefixed("job failed without incident", db.rows("""
                select j.id_, j.handler_type_, j.exception_msg_ from act_ru_job j
                where j.retries_ = 0 and not exists (select 1 from act_ru_incident i where i.configuration_ = j.id_)""")));
        return found;
    }

    /** Open incidents (failed jobs the engine gave up on): reported, and a test decides whether they may exist. */
    public List<String> incidents() {
        return db.rows("select incident_type_, activity_id_, incident_msg_ from act_ru_incident");
    }

    /** Tasks not yet in an ended state, with their status. */
    public List<String> unfinishedTasks() {
        return db.rows("select id, status from cf_task where upper(status) not in " + ENDED);
    }

    /** Tasks that reached their end more than once (two settlement events, or settled and rejected). */
    public List<String> endedMoreThanOnce() {
        return prefixed("ended more than once", db.rows("""
                select task_id, count(*) from cf_task_event
                where upper(event_type) in ('GOVERNANCE_REJECTED', 'REQUESTER_REFUNDED', 'FEE_CHARGED')
                group by task_id, event_type having count(*) > 1"""));
    }

    private static List<String> prefixed(String what, List<String> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(row -> out.add(what + ": " + row));
        return out;
    }
}
