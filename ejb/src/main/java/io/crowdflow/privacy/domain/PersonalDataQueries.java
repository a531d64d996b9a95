package io.crowdflow.privacy.domain;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.task.domain.Task;

import java.util.List;

/** Everything the platform holds about one person, across the contexts, for the export. */
public interface PersonalDataQueries {

    List<Task> tasksPostedBy(String personId);

    List<Assignment> assignmentsOf(String personId);

    List<Submission> submissionsOf(String personId);

    List<Dispute> disputesOf(String personId);

    List<Account> accountsOf(String personId);

    List<Posting> postingsOf(List<String> accountIds);
}
