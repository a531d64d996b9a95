package io.crowdflow.platform.process;

/**
 * The contract between the platform and {@code processes/task-lifecycle.bpmn}: the process key, the
 * element ids the platform acts on, and the variables each side reads or writes.
 * docs/process-model.md describes the same contract for process designers.
 */
public final class TaskLifecycleModel {

    public static final String PROCESS_KEY = "TaskLifecycle";
    public static final String RESOURCE = "task-lifecycle.bpmn";

    public static final String TASK_DO_WORK = "Task_DoWork";
    public static final String TASK_REVIEW_SUBMISSION = "Task_ReviewSubmission";
    public static final String TASK_DISPUTE_REJECTION = "Task_DisputeRejection";
    public static final String TASK_DECIDE_DISPUTE = "Task_DecideDispute";
    /** The timer that waits for the first planned retention action; retention moves it when a plan changes. */
    public static final String TIMER_RETENTION_ENDS = "Timer_RetentionEnds";

    /** Set at start: the task's id (also the business key). */
    public static final String TASK_ID = "taskId";
    /** Set at start: how many assignments (slots) the task has. */
    public static final String REDUNDANCY = "redundancy";
    /**
     * Set at start to the redundancy, and to 1 by the extra-slot step (dynamic overlap): how many slots the
     * assignment sub-process opens when the token enters it (its loopCardinality).
     */
    public static final String SLOTS_TO_OPEN = "slotsToOpen";
    /** Set at start: ISO-8601 duration each assignment has. */
    public static final String DEADLINE = "deadline";
    /** Set at start: ISO-8601 duration a slot waits when no worker is eligible. */
    public static final String ASSIGNMENT_RETRY_INTERVAL = "assignmentRetryInterval";
    /** Set at start: which version of the model the task started on, and why (latest, or its type's pin). */
    public static final String LIFECYCLE_VERSION_CHOICE = "lifecycleVersionChoice";
    /** Set by the governance check. */
    public static final String GOVERNANCE_APPROVED = "governanceApproved";
    /** Set (locally, per slot) by assignment. */
    public static final String WORKER_FOUND = "workerFound";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String ASSIGNEE = "assignee";
    /** Set by review preparation: the submissions to review, one review step each. */
    public static final String SUBMISSION_IDS = "submissionIds";
    /** Set by automatic review: whether any submission is left for a human (then submissionIds holds those). */
    public static final String HUMAN_REVIEW_NEEDED = "humanReviewNeeded";
    /** Set by automatic review: whether the answers need one more assignment before anything is decided. */
    public static final String EXTRA_ASSIGNMENT_NEEDED = "extraAssignmentNeeded";
    /** Set when the dispute window opens: the rejected submissions, one dispute sub-process each. */
    public static final String DISPUTABLE_SUBMISSION_IDS = "disputableSubmissionIds";
    /** Set when the dispute window opens: ISO-8601 duration a rejected worker has to dispute. */
    public static final String DISPUTE_WINDOW = "disputeWindow";
    /** Element variable of the review and dispute multi-instances. */
    public static final String SUBMISSION_ID = "submissionId";
    /** Set by retention planning: ISO-8601 duration until the first planned retention action (archival). */
    public static final String RETENTION_PERIOD = "retentionPeriod";

    private TaskLifecycleModel() {
    }
}
