package io.crowdflow.review.interfaces.bpmn;

import static io.crowdflow.platform.process.TaskLifecycleModel.EXTRA_ASSIGNMENT_NEEDED;
import static io.crowdflow.platform.process.TaskLifecycleModel.HUMAN_REVIEW_NEEDED;
import static io.crowdflow.platform.process.TaskLifecycleModel.SUBMISSION_IDS;
import static io.crowdflow.platform.process.TaskLifecycleModel.TASK_ID;

import java.util.ArrayList;
import java.util.List;

import io.crowdflow.review.application.ReviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * ServiceTask_ReviewAutomatically: rules and aggregation decide what they can; the rest go to humans, or, when
 * the answers are not confident enough and the task allows it, to one more assignment first.
 */
@Named("reviewAutomaticallyDelegate")
@ApplicationScoped
public class ReviewAutomaticallyDelegate implements JavaDelegate {

    @Inject
    ReviewService reviews;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewService.AutomaticOutcome outcome = reviews.reviewAutomatically((String) execution.getVariable(TASK_ID));
        List<String> forHumans = new ArrayList<>(outcome.forHumans());
        execution.setVariable(SUBMISSION_IDS, forHumans);
        execution.setVariable(HUMAN_REVIEW_NEEDED, !forHumans.isEmpty());
        execution.setVariable(EXTRA_ASSIGNMENT_NEEDED, outcome.extraAssignment());
    }
}
