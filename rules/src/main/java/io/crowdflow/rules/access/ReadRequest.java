package io.crowdflow.rules.access;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.crowdflow.rules.governance.DataClass;

/**
 * One read the platform is about to serve, with the relations the rules decide on. The application fills the
 * ids; the rules compare them with the {@link Reader}'s. Use the factories: they state, per kind, which relations
 * exist and whose data the view holds.
 *
 * @param kind        the shape of the view
 * @param resourceId  the id of what is read (task, assignment, submission, dispute, person)
 * @param taskId      the task it belongs to (null for an export)
 * @param dataClass   the class of what the view shows: the task's class from governance; a submission's answer
 *                    is at least {@link DataClass#PERSONAL} (it is its worker's), and so is an export
 * @param requesterId who posted the task, if a task is involved
 * @param workerId    the worker assigned to the task, or who submitted the answer
 * @param reviewerId  the reviewer whose rejection is disputed (dispute items only)
 * @param subjectId   whose personal data an export holds
 * @param authors     whose writing or data the view shows: reading one's own is no disclosure
 */
public record ReadRequest(ResourceKind kind, String resourceId, String taskId, DataClass dataClass,
                          String requesterId, String workerId, String reviewerId, String subjectId,
                          Set<String> authors) {

    public ReadRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resourceId, "resourceId");
        dataClass = dataClass == null ? DataClass.PUBLIC : dataClass;
        authors = Set.copyOf(authors);
    }

    /** A task's content and history, for its requester (or anyone else who asks). */
    public static ReadRequest task(String taskId, DataClass dataClass, String requesterId) {
        return new ReadRequest(ResourceKind.TASK, taskId, taskId, dataClass, requesterId, null, null, null,
                ids(requesterId));
    }

    /** A task's content as the worker of one of its assignments sees it. */
    public static ReadRequest assignment(String assignmentId, String taskId, DataClass dataClass, String requesterId,
                                         String workerId) {
        return new ReadRequest(ResourceKind.ASSIGNMENT, assignmentId, taskId, dataClass, requesterId, workerId, null,
                null, ids(requesterId));
    }

    /** A submission waiting for review, with its task's content. */
    public static ReadRequest reviewItem(String submissionId, String taskId, DataClass taskClass, String requesterId,
                                         String workerId) {
        return new ReadRequest(ResourceKind.REVIEW_ITEM, submissionId, taskId, atLeastPersonal(taskClass),
                requesterId, workerId, null, null, ids(requesterId, workerId));
    }

    /** An open dispute: the submission, the rejection and its reviewer, the task's content. */
    public static ReadRequest disputeItem(String disputeId, String taskId, DataClass taskClass, String requesterId,
                                          String workerId, String rejectedBy) {
        return new ReadRequest(ResourceKind.DISPUTE_ITEM, disputeId, taskId, atLeastPersonal(taskClass), requesterId,
                workerId, rejectedBy, null, ids(requesterId, workerId));
    }

    /** A worker's submission with its decision and its task's title. */
    public static ReadRequest submission(String submissionId, String taskId, DataClass taskClass, String requesterId,
                                         String workerId) {
        return new ReadRequest(ResourceKind.SUBMISSION, submissionId, taskId, atLeastPersonal(taskClass), requesterId,
                workerId, null, null, ids(workerId));
    }

    /** Everything the platform holds about one person. */
    public static ReadRequest export(String personId) {
        return new ReadRequest(ResourceKind.EXPORT, personId, null, DataClass.PERSONAL, null, null, null, personId,
                ids(personId));
    }

    /** Whether the view holds personal or sensitive data. */
    public boolean isPersonal() {
        return dataClass != DataClass.PUBLIC;
    }

    private static DataClass atLeastPersonal(DataClass taskClass) {
        return DataClass.PERSONAL.max(taskClass);
    }

    private static Set<String> ids(String... ids) {
        return Stream.of(ids).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** No ids of people in logs: kind, resource and class only. */
    @Override
    public String toString() {
        return "ReadRequest[" + kind + " " + resourceId + ", " + dataClass + "]";
    }
}
