package io.crowdflow.web;

import io.crowdflow.assignment.interfaces.rest.AssignmentResource;
import io.crowdflow.assignment.interfaces.rest.LearningCurveResource;
import io.crowdflow.assignment.interfaces.rest.RecommendationResource;
import io.crowdflow.governance.interfaces.rest.RetentionResource;
import io.crowdflow.governance.interfaces.rest.RuleSetRefusedMapper;
import io.crowdflow.governance.interfaces.rest.RuleSetResource;
import io.crowdflow.identity.interfaces.rest.ProfileResource;
import io.crowdflow.payment.interfaces.rest.AccountResource;
import io.crowdflow.payment.interfaces.rest.BonusResource;
import io.crowdflow.payment.interfaces.rest.LedgerResource;
import io.crowdflow.platform.interfaces.rest.LifecyclePinResource;
import io.crowdflow.platform.interfaces.rest.ProcessMonitorResource;
import io.crowdflow.privacy.interfaces.rest.ConsentResource;
import io.crowdflow.privacy.interfaces.rest.MasterKeyResource;
import io.crowdflow.privacy.interfaces.rest.PrivacyResource;
import io.crowdflow.privacy.interfaces.rest.StatsResource;
import io.crowdflow.review.interfaces.rest.DisputeResource;
import io.crowdflow.review.interfaces.rest.GoldItemResource;
import io.crowdflow.review.interfaces.rest.MyReviewResource;
import io.crowdflow.review.interfaces.rest.TaskResultsResource;
import io.crowdflow.review.interfaces.rest.ReviewResource;
import io.crowdflow.review.interfaces.rest.SubmissionDisputeResource;
import io.crowdflow.task.interfaces.rest.RequesterActivityResource;
import io.crowdflow.task.interfaces.rest.TaskResource;
import io.crowdflow.web.json.SharedJsonb;
import io.crowdflow.web.problem.CrowdflowExceptionMapper;
import io.crowdflow.web.problem.EjbExceptionMapper;
import io.crowdflow.web.problem.UnexpectedExceptionMapper;
import io.crowdflow.web.problem.WebApplicationExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The REST API under {@code /crowdflow/api}. Its resources and providers are listed, not scanned: the
 * server would otherwise also find the JAX-RS classes of the EAR's libraries (Camunda's REST API, which
 * {@code EngineRestApplication} serves on its own path). CrowdflowApplicationTest fails when a resource
 * or provider of ours is missing here.
 */
@ApplicationPath("api")
public class CrowdflowApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                TaskResource.class,
                AssignmentResource.class,
                RecommendationResource.class,
                ReviewResource.class,
                DisputeResource.class,
                SubmissionDisputeResource.class,
                MyReviewResource.class,
                GoldItemResource.class,
                TaskResultsResource.class,
                AccountResource.class,
                BonusResource.class,
                LedgerResource.class,
                ProfileResource.class,
                ConsentResource.class,
                PrivacyResource.class,
                MasterKeyResource.class,
                StatsResource.class,
                RuleSetResource.class,
                RetentionResource.class,
                LifecyclePinResource.class,
                ProcessMonitorResource.class,
                LearningCurveResource.class,
                RequesterActivityResource.class,
                RuleSetRefusedMapper.class,
                CallerRegistrationFilter.class,
                SharedJsonb.class,
                CrowdflowExceptionMapper.class,
                EjbExceptionMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
