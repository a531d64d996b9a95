package io.crowdflow.review.interfaces.bpmn;

import io.crowdflow.review.application.ReviewService;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_PrepareReview: all work is in; one review step per submission. */
@Named("prepareReviewDelegate")
@ApplicationScoped
public class PrepareReviewDelegate implements JavaDelegate {

    @Inject
    ReviewService reviews;

    @Override
    public void execute(DelegateExecution execution) {
        List<String> submissionIds = new ArrayList<>(reviews.openReview((String) execution.getVariable(TASK_ID)));
        execution.setVariable(SUBMISSION_IDS, submissionIds);
    }
}
