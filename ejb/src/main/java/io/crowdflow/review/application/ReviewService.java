package io.crowdflow.review.application;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.review.domain.GoldRecords;
import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.ReputationEstimate;
import io.crowdflow.review.domain.Reputations;
import io.crowdflow.review.domain.ReviewHistory;
import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.AnswerAggregator;
import io.crowdflow.review.domain.aggregation.DawidSkene;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.review.domain.aggregation.WeightedVote;
import io.crowdflow.rules.review.AnswerText;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.ReviewPlan;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.review.domain.FourEyes;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.review.domain.SubmissionNotFoundException;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Review of submitted work: review rules and aggregation first ({@link #reviewAutomatically}), a human
 * reviewer for the rest, four eyes enforced.
 */
@Stateless
public class ReviewService {

    static final int MAX_REASON = 2000;
    static final int QUEUE_LIMIT = 200;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    ReviewRules reviewRules;

    @Inject
    ReviewSettings settings;

    @Inject
    ReviewHistory history;

    @Inject
    Reputations reputations;

    @Inject
    ReadAccess readAccess;

    @Inject
    AggregatedAnswers aggregatedAnswers;

    /** All work of the task is in: its submissions go to review. Returns their ids, one review each. */
    public List<String> openReview(String taskId) {
        Task task = tasks.get(taskId);
        List<String> ids = assignments.submissionsOf(taskId).stream().map(Submission::id).toList();
        task.startReview(clock.now(), ids.size() + " submission(s) to review: review rules and aggregation first,"
                + " a human reviewer (candidate group reviewer) for the rest");
        return ids;
    }

    /**
     * Decides the task's submissions that rules and aggregation can decide ({@link AutomaticReview}): each
     * decision is recorded on the submission and as an event with its reason and no actor. When the aggregated
     * answer is not confident enough and the task allows more assignments (dynamic overlap), nothing but the
     * rules' rejections is decided: the task goes back to work for one more assignment. Each time the task is
     * decided, its workers' reputations on the task type are estimated again.
     */
    public AutomaticOutcome reviewAutomatically(String taskId) {
        Task task = tasks.get(taskId);
        List<Submission> all = assignments.submissionsOf(taskId);
        List<Submission> submissions = all.stream().filter(s -> s.decision() == null).toList();
        ReviewPlan plan = task.reviewPlan();
        // the pool serves only answers with a label: without one here, nothing is aggregated and no reputation moves
        List<ReviewHistory.PastAnswer> past = anyLabelled(submissions)
                ? history.recentOfType(task.type(), taskId, settings.poolSize()) : List.of();
        Map<String, String> gold = new HashMap<>();
        List<AutomaticReview.PooledAnswer> pooled = new ArrayList<>(past.size());
        for (ReviewHistory.PastAnswer answer : past) {
            pooled.add(new AutomaticReview.PooledAnswer(answer.taskId(), answer.workerId(), answer.text()));
            if (answer.goldAnswer() != null) {
                gold.put(answer.taskId(), answer.goldAnswer());
            }
        }
        // gold records over the workers' whole history on the type, not counting this task (judged just below)
        List<WorkerGoldRecord> goldRecords = history.goldRecordsOf(task.type(), submissions.stream()
                .map(Submission::workerId).collect(Collectors.toSet()));
        if (plan.isGold()) {
            gold.put(taskId, plan.goldAnswer());
            submissions.forEach(s -> s.judgeAgainstGold(
                    AnswerText.sameLabel(AnswerReader.textOf(s.answerJson()), plan.goldAnswer())));
        }
        Map<String, WorkerGoldRecord> allTimeGold = GoldRecords.withJudgements(goldRecords, submissions);
        ReviewVerdict verdict = reviewRules.check(task, submissions, assignments.ofTask(taskId), goldRecords);
        AnswerAggregator aggregator = aggregatorFor(task, goldRecords);
        double target = plan.targetConfidence() == null ? settings.automaticMinimumConfidence()
                : plan.targetConfidence().doubleValue();
        AutomaticReview automatic = new AutomaticReview(aggregator, settings.automaticMinimumAnswers(), target);
        AutomaticReview.Review review = automatic.review(taskId, submissions.stream()
                        .map(s -> new AutomaticReview.Answer(s.id(), s.workerId(), AnswerReader.textOf(s.answerJson())))
                        .toList(), verdict, new AutomaticReview.Pool(pooled, gold),
                new AutomaticReview.Overlap(all.size(),
                        task.assignmentsAllowed() > task.redundancy() ? task.assignmentsAllowed() : 0));
        Instant now = clock.now();
        List<String> forHumans = new ArrayList<>();
        for (AutomaticReview.Decision decision : review.decisions()) {
            if (decision.outcome() == AutomaticReview.Outcome.HUMAN_REVIEW) {
                forHumans.add(decision.submissionId());
                continue;
            }
            boolean accept = decision.outcome() == AutomaticReview.Outcome.ACCEPT;
            Submission submission = submissions.stream().filter(s -> s.id().equals(decision.submissionId()))
                    .findFirst().orElseThrow();
            submission.decide(accept ? Submission.Decision.ACCEPT : Submission.Decision.REJECT, null,
                    truncate("decided automatically: " + decision.reason()), now);
            task.record(now, accept ? TaskEventType.SUBMISSION_ACCEPTED : TaskEventType.SUBMISSION_REJECTED, null,
                    "submission " + submission.id() + (accept ? " accepted" : " rejected") + " automatically: "
                            + decision.reason());
        }
        if (review.extraAssignment()) {
            task.reopenForExtraAssignment(now, truncate(review.summary()));
            return new AutomaticOutcome(List.of(), true);
        }
        keep(task, review.aggregate(), now);
        if (review.result() != null) {
            updateReputations(task.type(), review.result(), gold, allTimeGold, now);
        } else {
            // nothing aggregated (e.g. a failed gold question, rejected by the rules): the answers still count
            reputationModel(taskId, submissions, pooled, gold)
                    .ifPresent(model -> updateReputations(task.type(), model, gold, allTimeGold, now));
        }
        return new AutomaticOutcome(forHumans, false);
    }

    private static boolean anyLabelled(List<Submission> submissions) {
        return submissions.stream().map(s -> AnswerReader.textOf(s.answerJson()))
                .anyMatch(text -> text != null && !text.isBlank());
    }

    /** Keeps the aggregated answer the decisions rest on, for the requester's results (read, never recomputed). */
    private void keep(Task task, AutomaticReview.Aggregate aggregate, Instant now) {
        Optional<AggregatedAnswer> earlier = aggregatedAnswers.ofTask(task.id());
        if (earlier.isPresent()) {
            earlier.get().replaceWith(task.requesterId(), aggregate, now);
        } else {
            aggregatedAnswers.add(new AggregatedAnswer(task.id(), task.requesterId(), aggregate, now));
        }
    }

    /** What automatic review left: the submissions for a human, or a request for one more assignment. */
    public record AutomaticOutcome(List<String> forHumans, boolean extraAssignment) {
    }

    /**
     * The plan's method. Weighted vote weighs each answer by its worker's gold record on the type, over the task's
     * label set (read from its input only for this method).
     */
    private AnswerAggregator aggregatorFor(Task task, List<WorkerGoldRecord> goldRecords) {
        ReviewPlan plan = task.reviewPlan();
        String method = plan.aggregation() == null ? settings.aggregation() : plan.aggregation();
        return switch (method) {
            case DawidSkene.NAME -> new DawidSkene();
            case WeightedVote.NAME -> new WeightedVote(goldRecords.stream().collect(Collectors.toMap(
                    WorkerGoldRecord::workerId, r -> new WeightedVote.GoldRecord(r.answered(), r.correct()),
                    (a, b) -> a)), AnswerReader.labelsOf(task.inputJson()).size());
            default -> new MajorityVote();
        };
    }

    /**
     * Reputation is always Dawid-Skene's estimate over the pool (whatever method decided the task): reuses the
     * decision's run when it was Dawid-Skene's.
     */
    private void updateReputations(String taskType, AggregationResult decided, Map<String, String> gold,
                                   Map<String, WorkerGoldRecord> allTimeGold, Instant now) {
        AggregationResult model = DawidSkene.NAME.equals(decided.method()) ? decided
                : new DawidSkene().aggregate(decided.answers(), gold);
        for (String workerId : workersOf(decided)) {
            ReputationEstimate estimate = ReputationEstimate.of(model, gold, workerId)
                    .withGoldRecord(allTimeGold.get(workerId));
            Optional<Reputation> known = reputations.find(workerId, taskType);
            Reputation reputation = known.orElseGet(() -> new Reputation(workerId, taskType));
            reputation.update(estimate, now); // before persisting: every column is filled when it is inserted
            if (known.isEmpty()) {
                reputations.add(reputation);
            }
        }
    }

    /**
     * Dawid-Skene over the pool plus every labelled answer of this task, rejected ones included: how a task none of
     * whose answers was aggregated (a wrong answer to a gold question is rejected by the rules) still updates its
     * workers' reputations and gold counts. Empty when no answer of the task has a label.
     */
    private static Optional<AggregationResult> reputationModel(String taskId, List<Submission> submissions,
                                                               List<AutomaticReview.PooledAnswer> pooled,
                                                               Map<String, String> gold) {
        var builder = io.crowdflow.review.domain.aggregation.CrowdAnswers.builder();
        pooled.stream().filter(p -> !p.item().equals(taskId)).forEach(p -> builder.add(p.item(), p.worker(), p.label()));
        boolean any = false;
        for (Submission s : submissions) {
            String text = AnswerReader.textOf(s.answerJson());
            if (text != null && !text.isBlank()) {
                builder.add(taskId, s.workerId(), text.strip());
                any = true;
            }
        }
        return any ? Optional.of(new DawidSkene().aggregate(builder.build(), gold)) : Optional.empty();
    }

    /** The workers who answered the decided task (the item aggregated last). */
    private static List<String> workersOf(AggregationResult result) {
        var answers = result.answers();
        int item = answers.itemCount() - 1;
        List<String> workers = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
            if (answers.itemOfAnswer(a) == item) {
                workers.add(answers.workerName(answers.workerOfAnswer(a)));
            }
        }
        return workers;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    /**
     * Submissions this reviewer may read and decide, as the read-access rules allow: never their own work, never
     * their own task.
     */
    public List<ReviewItem> queueFor(Caller reviewer) {
        List<ReviewItem> candidates = new ArrayList<>();
        List<ReadRequest> reads = new ArrayList<>();
        for (Submission submission : assignments.awaitingDecision(QUEUE_LIMIT)) {
            Task task = tasks.get(submission.taskId());
            candidates.add(new ReviewItem(submission, task));
            reads.add(ReadRequest.reviewItem(submission.id(), task.id(), ReadAccess.classOf(task.dataClass()),
                    task.requesterId(), submission.workerId()));
        }
        List<ReadDecision> decisions = readAccess.decide(reviewer, reads);
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (decisions.get(i).isAllowed()) {
                items.add(candidates.get(i));
            }
        }
        return items;
    }

    public Submission decide(Caller reviewer, String submissionId, String decisionText, String reason) {
        Submission.Decision decision = parse(decisionText, reason);
        Submission submission = assignments.findSubmission(submissionId)
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        Task task = tasks.get(submission.taskId());
        if (task.status() != TaskStatus.IN_REVIEW) {
            throw new SubmissionNotFoundException(submissionId);
        }
        FourEyes.conflictOf(reviewer.subject(), submission, task).ifPresent(role -> {
            throw new FourEyesViolationException(submissionId, role);
        });
        Instant now = clock.now();
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        submission.decide(decision, reviewer.subject(), why, now);
        task.record(now, decision == Submission.Decision.ACCEPT ? TaskEventType.SUBMISSION_ACCEPTED
                        : TaskEventType.SUBMISSION_REJECTED, reviewer.subject(),
                "submission " + submissionId + " " + (decision == Submission.Decision.ACCEPT ? "accepted" : "rejected")
                        + " by a reviewer: " + why);
        workflow.completeReview(task, submissionId);
        return submission;
    }

    private static Submission.Decision parse(String decisionText, String reason) {
        List<Violation> violations = new ArrayList<>();
        Submission.Decision decision = null;
        if (decisionText == null) {
            violations.add(new Violation("decision", "is required: \"accept\" or \"reject\""));
        } else {
            switch (decisionText.toLowerCase(Locale.ROOT)) {
                case "accept" -> decision = Submission.Decision.ACCEPT;
                case "reject" -> decision = Submission.Decision.REJECT;
                default -> violations.add(new Violation("decision", "must be \"accept\" or \"reject\""));
            }
        }
        if (decision == Submission.Decision.REJECT && (reason == null || reason.isBlank())) {
            violations.add(new Violation("reason", "a rejection always carries a reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation("reason", "at most " + MAX_REASON + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return decision;
    }

    /** A submission waiting for review, with its task. */
    public record ReviewItem(Submission submission, Task task) {
    }
}
