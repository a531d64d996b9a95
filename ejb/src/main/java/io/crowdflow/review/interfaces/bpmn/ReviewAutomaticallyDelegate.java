package io.crowdflow.review.interfaces.bpmn;

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

/** ServiceTask_ReviewAutomatically: rules and aggregation decide what they can; the rest go to humans. */
@Named("reviewAutomaticallyDelegate")
@ApplicationScoped
public class ReviewAutomaticallyDelegate implements JavaDelegate {

    @Inject
    ReviewService reviews;

    @Override
    public void execute(DelegateExecution execution) {
        List<String> forHumans = new ArrayList<>(reviews.reviewAutomatically((String) execution.getVariable(TASK_ID)));
        execution.setVariable(SUBMISSION_IDS, forHumans);
        execution.setVariable(HUMAN_REVIEW_NEEDED, !forHumans.isEmpty());
    }
}
