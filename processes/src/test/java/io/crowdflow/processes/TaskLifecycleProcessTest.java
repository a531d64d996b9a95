package io.crowdflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Scenarios of the crowd task lifecycle ({@code task-lifecycle.bpmn}) with every delegate mocked.
 * Timers are fired by executing their jobs; the job executor is off (see camunda.cfg.xml).
 */
@ExtendWith(MockitoExtension.class)
@Deployment(resources = "task-lifecycle.bpmn")
class TaskLifecycleProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final String PROCESS_KEY = "TaskLifecycle";
    private static final String TASK_ID = "task-42";
    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
    private static final String DEADLINE = "PT2H";
    private static final String RETRY_INTERVAL = "PT30S";
    private static final String RETENTION_PERIOD = "P30D";
    /** Marker in the worker script: the assignment attempt finds no eligible worker. */
    private static final String NOBODY = "<nobody>";

    @Mock private JavaDelegate checkGovernance;
    @Mock private JavaDelegate holdEscrow;
    @Mock private JavaDelegate assignWorker;
    @Mock private JavaDelegate expireAssignment;
    @Mock private JavaDelegate prepareReview;
    @Mock private JavaDelegate reviewAutomatically;
    @Mock private JavaDelegate openDisputeWindow;
    @Mock private JavaDelegate settlePayment;
    @Mock private JavaDelegate planRetention;
    @Mock private JavaDelegate archiveTask;

    private RuntimeService runtimeService;

    private boolean governanceApproves;
    /** Outcomes of successive assignment attempts, in order (a worker id, or NOBODY). */
    private final Deque<String> workerScript = new ArrayDeque<>();
    private int assignmentCounter;
    /** assignmentId (as seen by the expire delegate in its own scope) of each expired assignment. */
    private final List<Object> expiredAssignmentIds = new ArrayList<>();
    private List<String> submissionIds;
    /** What automatic review leaves for a human (the rest it decided itself). */
    private List<String> leftForHumans;
    /** How many times in a row automatic review asks for one more assignment before it decides. */
    private int extraAssignments;
    /** The rejected submissions whose workers may dispute. */
    private List<String> disputable;
    private static final String DISPUTE_WINDOW = "PT72H";

    @BeforeEach
    void registerDelegateMocks() throws Exception {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        runtimeService = ENGINE.getRuntimeService();
        ClockUtil.setCurrentTime(Date.from(NOW));

        governanceApproves = true;
        submissionIds = List.of("submission-1", "submission-2");
        leftForHumans = submissionIds;
        extraAssignments = 0;
        disputable = List.of();

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable("governanceApproved", governanceApproves);
            return null;
        }).when(checkGovernance).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            String worker = workerScript.poll();
            assertThat(worker).as("an assignment attempt the scenario did not expect").isNotNull();
            if (NOBODY.equals(worker)) {
                execution.setVariableLocal("workerFound", false);
            } else {
                execution.setVariableLocal("workerFound", true);
                execution.setVariableLocal("assignmentId", "assignment-" + (++assignmentCounter));
                execution.setVariableLocal("assignee", worker);
            }
            return null;
        }).when(assignWorker).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            expiredAssignmentIds.add(execution.getVariable("assignmentId"));
            return null;
        }).when(expireAssignment).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable("submissionIds", new ArrayList<>(submissionIds));
            return null;
        }).when(prepareReview).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            assertThat(execution.getVariable("submissionIds")).as("prepared before automatic review")
                    .isEqualTo(submissionIds);
            boolean extra = extraAssignments > 0;
            if (extra) {
                extraAssignments--;
            }
            execution.setVariable("submissionIds", new ArrayList<>(extra ? List.of() : leftForHumans));
            execution.setVariable("humanReviewNeeded", !extra && !leftForHumans.isEmpty());
            execution.setVariable("extraAssignmentNeeded", extra);
            return null;
        }).when(reviewAutomatically).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable("disputableSubmissionIds", new ArrayList<>(disputable));
            execution.setVariable("disputeWindow", DISPUTE_WINDOW);
            return null;
        }).when(openDisputeWindow).execute(any());

        lenient().doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable("retentionPeriod", RETENTION_PERIOD);
            return null;
        }).when(planRetention).execute(any());

        Mocks.register("checkGovernanceDelegate", checkGovernance);
        Mocks.register("holdEscrowDelegate", holdEscrow);
        Mocks.register("assignWorkerDelegate", assignWorker);
        Mocks.register("expireAssignmentDelegate", expireAssignment);
        Mocks.register("prepareReviewDelegate", prepareReview);
        Mocks.register("reviewAutomaticallyDelegate", reviewAutomatically);
        Mocks.register("openExtraSlotDelegate", new OpenOneSlot());
        Mocks.register("openDisputeWindowDelegate", openDisputeWindow);
        Mocks.register("settlePaymentDelegate", settlePayment);
        Mocks.register("planRetentionDelegate", planRetention);
        Mocks.register("archiveTaskDelegate", archiveTask);
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ---------------------------------------------------------------- scenarios

    @Test
    void taskRejectedByGovernanceEndsWithoutEscrow() throws Exception {
        governanceApproves = false;

        ProcessInstance instance = startTask(2);

        BpmnAwareTests.assertThat(instance)
                .isEnded()
                .hasPassedInOrder("StartEvent_TaskPosted", "ServiceTask_CheckGovernance",
                        "Gateway_GovernanceApproved", "EndEvent_TaskRejected")
                .hasNotPassed("ServiceTask_HoldEscrow", "SubProcess_Assignment");
        verify(checkGovernance).execute(any());
        verify(holdEscrow, never()).execute(any());
        verifyNoInteractions(assignWorker, prepareReview, settlePayment, archiveTask);
    }

    @Test
    void approvedTaskWithRedundancyTwoCreatesTwoWorkAssignments() throws Exception {
        workerScript.addAll(List.of("alice", "bob"));

        ProcessInstance instance = startTask(2);

        BpmnAwareTests.assertThat(instance)
                .hasBusinessKey(TASK_ID)
                .hasPassedInOrder("ServiceTask_CheckGovernance", "ServiceTask_HoldEscrow", "ServiceTask_AssignWorker")
                .hasNotPassed("EndEvent_TaskRejected")
                .isWaitingAt("Task_DoWork");
        assertThat(waitingAt(instance)).containsExactly("Task_DoWork", "Task_DoWork");
        verify(holdEscrow).execute(any());
        verify(assignWorker, times(2)).execute(any());

        List<Task> work = workTasks(instance);
        assertThat(work).hasSize(2)
                .allSatisfy(task -> BpmnAwareTests.assertThat(task).hasName("Do the work"))
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("alice", "bob");

        // each slot sees its own assignment variables ...
        for (Task task : work) {
            assertThat(runtimeService.getVariable(task.getExecutionId(), "assignee")).isEqualTo(task.getAssignee());
            assertThat(runtimeService.getVariable(task.getExecutionId(), "workerFound")).isEqualTo(true);
        }
        assertThat(work).extracting(task -> runtimeService.getVariable(task.getExecutionId(), "assignmentId"))
                .containsExactlyInAnyOrder("assignment-1", "assignment-2");
        // ... held in two different scopes, none of them the process instance
        for (String name : List.of("workerFound", "assignmentId", "assignee")) {
            List<VariableInstance> variables = runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(instance.getId()).variableName(name).list();
            assertThat(variables).as(name).hasSize(2);
            assertThat(variables).extracting(VariableInstance::getExecutionId).as(name)
                    .doesNotHaveDuplicates()
                    .doesNotContain(instance.getId());
        }
        assertThat(runtimeService.getVariables(instance.getId()))
                .doesNotContainKeys("workerFound", "assignmentId", "assignee");
    }

    @Test
    void slotWithoutEligibleWorkerWaitsAndRetries() throws Exception {
        workerScript.addAll(List.of(NOBODY, "bob"));

        ProcessInstance instance = startTask(2);

        // first slot found nobody and waits; the second slot is already being worked on
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetryAssignment", "Task_DoWork");
        assertThat(waitingAt(instance)).containsExactly("Task_DoWork", "Timer_RetryAssignment");
        assertThat(workTasks(instance)).extracting(Task::getAssignee).containsExactly("bob");
        Job retry = job("Timer_RetryAssignment", instance);
        assertThat(retry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.parse(RETRY_INTERVAL))));
        verify(assignWorker, times(2)).execute(any());

        workerScript.add("carol");
        execute(retry);

        verify(assignWorker, times(3)).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DoWork").isNotWaitingAt("Timer_RetryAssignment");
        assertThat(waitingAt(instance)).containsExactly("Task_DoWork", "Task_DoWork");
        assertThat(workTasks(instance)).extracting(Task::getAssignee).containsExactlyInAnyOrder("bob", "carol");
        assertThat(jobQuery().activityId("Timer_RetryAssignment").count()).isZero();
    }

    @Test
    void expiredDeadlineSendsTheSlotBackToAssignment() throws Exception {
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);
        Task alicesWork = taskQuery().processInstanceId(instance.getId()).taskAssignee("alice").singleResult();
        Task bobsWork = taskQuery().processInstanceId(instance.getId()).taskAssignee("bob").singleResult();

        assertThat(jobQuery().processInstanceId(instance.getId()).activityId("Timer_DeadlineExpired").count())
                .as("one deadline timer per work assignment").isEqualTo(2);
        Job alicesDeadline = deadlineOf(alicesWork);
        assertThat(alicesDeadline.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.parse(DEADLINE))));

        workerScript.add("dave");
        execute(alicesDeadline);

        verify(expireAssignment).execute(any());
        assertThat(expiredAssignmentIds).as("the expired slot's own assignment").containsExactly("assignment-1");
        verify(assignWorker, times(3)).execute(any());
        BpmnAwareTests.assertThat(instance)
                .hasPassed("Timer_DeadlineExpired", "ServiceTask_ExpireAssignment")
                .isWaitingAt("Task_DoWork");
        assertThat(waitingAt(instance)).containsExactly("Task_DoWork", "Task_DoWork");

        List<Task> work = workTasks(instance);
        assertThat(work).extracting(Task::getAssignee).containsExactlyInAnyOrder("bob", "dave");
        assertThat(work).extracting(Task::getId)
                .contains(bobsWork.getId())           // the other slot is untouched
                .doesNotContain(alicesWork.getId());  // the expired work item is gone
        Task davesWork = taskQuery().processInstanceId(instance.getId()).taskAssignee("dave").singleResult();
        assertThat(runtimeService.getVariable(davesWork.getExecutionId(), "assignmentId")).isEqualTo("assignment-3");
        assertThat(runtimeService.getVariable(bobsWork.getExecutionId(), "assignmentId")).isEqualTo("assignment-2");
        assertThat(deadlineOf(davesWork).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.parse(DEADLINE))));
        verify(prepareReview, never()).execute(any());
    }

    @Test
    void allSubmissionsCompletedLeadToOneReviewPerSubmission() throws Exception {
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);
        List<Task> work = workTasks(instance);

        complete(work.get(0));
        verify(prepareReview, never()).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DoWork");
        assertThat(waitingAt(instance)).containsExactly("Task_DoWork");

        complete(work.get(1));
        verify(prepareReview).execute(any());
        BpmnAwareTests.assertThat(instance)
                .hasPassed("EndEvent_SlotFilled", "SubProcess_Assignment", "ServiceTask_PrepareReview",
                        "ServiceTask_ReviewAutomatically", "Gateway_ReviewConfident")
                .isWaitingAt("Task_ReviewSubmission")
                .isNotWaitingAt("Task_DoWork");
        assertThat(waitingAt(instance)).containsExactly("Task_ReviewSubmission", "Task_ReviewSubmission");
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId("Timer_DeadlineExpired").count())
                .as("deadline timers are cancelled once the work is done").isZero();

        List<Task> reviews = reviewTasks(instance);
        assertThat(reviews).hasSize(2).allSatisfy(review -> BpmnAwareTests.assertThat(review)
                .hasName("Review the submission")
                .hasCandidateGroup("reviewer")
                .isNotAssigned());
        assertThat(reviews).extracting(review -> ENGINE.getTaskService().getVariable(review.getId(), "submissionId"))
                .containsExactlyInAnyOrder("submission-1", "submission-2");
        assertThat(taskQuery().taskCandidateGroup("reviewer").processInstanceId(instance.getId()).count()).isEqualTo(2);
    }

    @Test
    void reviewedTaskIsPaidThenArchivedWhenRetentionEnds() throws Exception {
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);
        workTasks(instance).forEach(BpmnAwareTests::complete);
        List<Task> reviews = reviewTasks(instance);
        assertThat(reviews).hasSize(2);

        complete(reviews.get(0));
        verify(settlePayment, never()).execute(any());

        complete(reviews.get(1));
        verify(settlePayment).execute(any());
        verify(planRetention).execute(any());
        verify(archiveTask, never()).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetentionEnds");
        assertThat(waitingAt(instance)).containsExactly("Timer_RetentionEnds");
        Job retention = job("Timer_RetentionEnds", instance);
        assertThat(retention.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.parse(RETENTION_PERIOD))));

        execute(retention);

        InOrder order = inOrder(settlePayment, planRetention, archiveTask);
        order.verify(settlePayment).execute(any());
        order.verify(planRetention).execute(any());
        order.verify(archiveTask).execute(any());
        BpmnAwareTests.assertThat(instance)
                .isEnded()
                .hasPassedInOrder("ServiceTask_ReviewAutomatically", "Task_ReviewSubmission", "Gateway_ReviewDone",
                        "ServiceTask_SettlePayment", "ServiceTask_PlanRetention",
                        "Timer_RetentionEnds", "ServiceTask_ArchiveTask", "EndEvent_TaskArchived")
                .hasNotPassed("EndEvent_TaskRejected", "Timer_RetryAssignment", "ServiceTask_ExpireAssignment");
    }

    @Test
    void confidentlyDecidedSubmissionsSkipHumanReviewAndArePaid() throws Exception {
        leftForHumans = List.of();
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);

        workTasks(instance).forEach(BpmnAwareTests::complete);

        InOrder order = inOrder(prepareReview, reviewAutomatically, settlePayment, planRetention);
        order.verify(prepareReview).execute(any());
        order.verify(reviewAutomatically).execute(any());
        order.verify(settlePayment).execute(any());
        order.verify(planRetention).execute(any());
        assertThat(reviewTasks(instance)).isEmpty();
        assertThat(waitingAt(instance)).containsExactly("Timer_RetentionEnds");
        assertThat(ENGINE.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_ReviewSubmission").count()).isZero();
        BpmnAwareTests.assertThat(instance)
                .hasPassedInOrder("ServiceTask_PrepareReview", "ServiceTask_ReviewAutomatically",
                        "Gateway_ReviewConfident", "Gateway_ReviewDone", "ServiceTask_SettlePayment")
                .hasNotPassed("Task_ReviewSubmission", "Task_DisputeRejection");
    }

    @Test
    void anUndisputedRejectionBecomesFinalWhenTheDisputeWindowEnds() throws Exception {
        leftForHumans = List.of();
        disputable = List.of("submission-2");
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);

        workTasks(instance).forEach(BpmnAwareTests::complete);

        verify(openDisputeWindow).execute(any());
        verify(settlePayment, never()).execute(any());
        Task dispute = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DisputeRejection")
                .singleResult();
        assertThat(dispute).isNotNull();
        assertThat(ENGINE.getTaskService().getVariable(dispute.getId(), "submissionId")).isEqualTo("submission-2");
        Job window = job("Timer_DisputeWindowEnds", instance);
        assertThat(window.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.parse(DISPUTE_WINDOW))));

        execute(window);

        verify(settlePayment).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetentionEnds")
                .hasPassedInOrder("ServiceTask_OpenDisputeWindow", "Timer_DisputeWindowEnds", "EndEvent_RejectionFinal",
                        "ServiceTask_SettlePayment")
                .hasNotPassed("Task_DecideDispute");
    }

    @Test
    void aDisputedRejectionGoesToAReviewerWhoseDecisionIsFinal() throws Exception {
        leftForHumans = List.of();
        disputable = List.of("submission-1", "submission-2");
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);
        workTasks(instance).forEach(BpmnAwareTests::complete);
        List<Task> disputes = taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DisputeRejection").list();
        assertThat(disputes).hasSize(2);
        Task bobs = disputes.stream().filter(t -> "submission-2".equals(
                ENGINE.getTaskService().getVariable(t.getId(), "submissionId"))).findFirst().orElseThrow();

        complete(bobs);

        Task decision = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DecideDispute")
                .singleResult();
        BpmnAwareTests.assertThat(decision).hasCandidateGroup("reviewer").isNotAssigned();
        assertThat(ENGINE.getTaskService().getVariable(decision.getId(), "submissionId")).isEqualTo("submission-2");
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId("Timer_DisputeWindowEnds").count())
                .as("only the undisputed rejection still has a window").isEqualTo(1);

        complete(decision);
        verify(settlePayment, never()).execute(any());
        execute(job("Timer_DisputeWindowEnds", instance));

        verify(settlePayment).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetentionEnds")
                .hasPassed("Task_DisputeRejection", "Task_DecideDispute", "EndEvent_DisputeDecided",
                        "EndEvent_RejectionFinal", "ServiceTask_SettlePayment");
    }

    @Test
    void onlyTheSubmissionsAutomaticReviewLeftGoToAHumanReviewer() throws Exception {
        leftForHumans = List.of("submission-2");
        workerScript.addAll(List.of("alice", "bob"));
        ProcessInstance instance = startTask(2);

        workTasks(instance).forEach(BpmnAwareTests::complete);

        List<Task> reviews = reviewTasks(instance);
        assertThat(reviews).hasSize(1);
        assertThat(ENGINE.getTaskService().getVariable(reviews.get(0).getId(), "submissionId")).isEqualTo("submission-2");
        verify(settlePayment, never()).execute(any());

        complete(reviews.get(0));

        verify(settlePayment).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetentionEnds")
                .hasPassedInOrder("Gateway_ReviewConfident", "Task_ReviewSubmission", "Gateway_ReviewDone",
                        "ServiceTask_SettlePayment");
    }

    @Test
    void aLowConfidenceResultOpensOneMoreSlotAndTheReviewRunsAgainWhenItsWorkIsIn() throws Exception {
        extraAssignments = 1;
        leftForHumans = List.of();
        workerScript.addAll(List.of("alice", "bob", "carol"));
        ProcessInstance instance = startTask(2);

        workTasks(instance).forEach(BpmnAwareTests::complete);

        List<Task> extra = workTasks(instance);
        assertThat(extra).as("exactly one more slot, for the next worker").hasSize(1);
        assertThat(extra.get(0).getAssignee()).isEqualTo("carol");
        verify(reviewAutomatically, times(1)).execute(any());
        verify(settlePayment, never()).execute(any());

        complete(extra.get(0));

        verify(prepareReview, times(2)).execute(any());
        verify(reviewAutomatically, times(2)).execute(any());
        verify(settlePayment).execute(any());
        assertThat(reviewTasks(instance)).isEmpty();
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_RetentionEnds")
                .hasPassed("ServiceTask_OpenExtraSlot", "Gateway_ReviewDone", "ServiceTask_SettlePayment")
                .hasNotPassed("Task_ReviewSubmission");
    }

    @Test
    void anExtraAssignmentThatStillLeavesDoubtGoesToAHumanReviewer() throws Exception {
        extraAssignments = 1;
        leftForHumans = List.of("submission-1", "submission-2");
        workerScript.addAll(List.of("alice", "bob", "carol"));
        ProcessInstance instance = startTask(2);
        workTasks(instance).forEach(BpmnAwareTests::complete);

        complete(workTasks(instance).get(0));

        assertThat(reviewTasks(instance)).hasSize(2);
        verify(settlePayment, never()).execute(any());
        BpmnAwareTests.assertThat(instance).hasPassedInOrder("ServiceTask_ReviewAutomatically",
                "ServiceTask_OpenExtraSlot", "SubProcess_Assignment", "ServiceTask_PrepareReview");
    }

    /** openExtraSlotDelegate as the platform's: one slot this time. */
    static final class OpenOneSlot implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("slotsToOpen", 1);
        }
    }

    // ---------------------------------------------------------------- the model itself

    @Test
    void modelSetsHistoryTimeToLiveAndTheProcessContract() {
        Process process = model().getModelElementById(PROCESS_KEY);
        assertThat(process).isNotNull();
        assertThat(process.getName()).isEqualTo("Crowd task lifecycle");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");

        ProcessDefinition deployed = ENGINE.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).singleResult();
        assertThat(deployed.getHistoryTimeToLive()).isEqualTo(180);
        assertThat(deployed.getName()).isEqualTo("Crowd task lifecycle");
    }

    @Test
    void everyServiceTaskUsesADelegateExpressionAndThereAreNoScripts() {
        BpmnModelInstance model = model();
        Map<String, String> delegates = new HashMap<>();
        for (ServiceTask serviceTask : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(serviceTask.getCamundaClass()).as(serviceTask.getId()).isNull();
            assertThat(serviceTask.getCamundaExpression()).as(serviceTask.getId()).isNull();
            assertThat(serviceTask.getCamundaType()).as(serviceTask.getId()).isNull();
            delegates.put(serviceTask.getId(), serviceTask.getCamundaDelegateExpression());
        }
        assertThat(delegates).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("ServiceTask_CheckGovernance", "${checkGovernanceDelegate}"),
                Map.entry("ServiceTask_HoldEscrow", "${holdEscrowDelegate}"),
                Map.entry("ServiceTask_AssignWorker", "${assignWorkerDelegate}"),
                Map.entry("ServiceTask_ExpireAssignment", "${expireAssignmentDelegate}"),
                Map.entry("ServiceTask_PrepareReview", "${prepareReviewDelegate}"),
                Map.entry("ServiceTask_ReviewAutomatically", "${reviewAutomaticallyDelegate}"),
                Map.entry("ServiceTask_OpenExtraSlot", "${openExtraSlotDelegate}"),
                Map.entry("ServiceTask_OpenDisputeWindow", "${openDisputeWindowDelegate}"),
                Map.entry("ServiceTask_SettlePayment", "${settlePaymentDelegate}"),
                Map.entry("ServiceTask_PlanRetention", "${planRetentionDelegate}"),
                Map.entry("ServiceTask_ArchiveTask", "${archiveTaskDelegate}")));
        assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    }

    @Test
    void assignmentAndReviewAreParallelMultiInstance() {
        BpmnModelInstance model = model();

        SubProcess assignment = model.getModelElementById("SubProcess_Assignment");
        MultiInstanceLoopCharacteristics slots = (MultiInstanceLoopCharacteristics) assignment.getLoopCharacteristics();
        assertThat(slots.isSequential()).isFalse();
        assertThat(slots.getLoopCardinality().getTextContent()).isEqualTo("${slotsToOpen}");

        UserTask doWork = model.getModelElementById("Task_DoWork");
        assertThat(doWork.getParentElement()).isSameAs(assignment);
        assertThat(doWork.getCamundaAssignee()).isEqualTo("${assignee}");
        BoundaryEvent deadline = model.getModelElementById("Timer_DeadlineExpired");
        assertThat(deadline.getAttachedTo()).isSameAs(doWork);
        assertThat(deadline.cancelActivity()).isTrue();

        UserTask review = model.getModelElementById("Task_ReviewSubmission");
        MultiInstanceLoopCharacteristics perSubmission = (MultiInstanceLoopCharacteristics) review.getLoopCharacteristics();
        assertThat(perSubmission.isSequential()).isFalse();
        assertThat(perSubmission.getCamundaCollection()).isEqualTo("${submissionIds}");
        assertThat(perSubmission.getCamundaElementVariable()).isEqualTo("submissionId");
        assertThat(review.getCamundaCandidateGroups()).isEqualTo("reviewer");
    }

    @Test
    void diagramHasALaidOutShapeOrEdgeForEveryElement() {
        BpmnModelInstance model = model();
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes).hasSizeGreaterThanOrEqualTo(22);

        Map<String, Bounds> bounds = new HashMap<>();
        for (FlowNode node : nodes) {
            BpmnShape shape = shapeOf(model, node);
            assertThat(shape).as("shape of " + node.getId()).isNotNull();
            Bounds b = shape.getBounds();
            assertThat(b.getX()).as(node.getId()).isPositive();
            assertThat(b.getY()).as(node.getId()).isPositive();
            assertThat(b.getWidth()).as(node.getId()).isPositive();
            assertThat(b.getHeight()).as(node.getId()).isPositive();
            bounds.put(node.getId(), b);
        }

        // siblings do not overlap (a boundary event sits on its host, by definition); children stay in their parent
        List<FlowNode> list = new ArrayList<>(nodes);
        for (int i = 0; i < list.size(); i++) {
            FlowNode a = list.get(i);
            if (a.getParentElement() instanceof SubProcess parent) {
                assertThat(contains(bounds.get(parent.getId()), bounds.get(a.getId())))
                        .as(a.getId() + " inside " + parent.getId()).isTrue();
            }
            for (int j = i + 1; j < list.size(); j++) {
                FlowNode b = list.get(j);
                if (a.getParentElement() != b.getParentElement() || isBoundaryPair(a, b)) {
                    continue;
                }
                assertThat(overlap(bounds.get(a.getId()), bounds.get(b.getId())))
                        .as(a.getId() + " overlaps " + b.getId()).isFalse();
            }
        }

        // every sequence flow is drawn from its source to its target
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(e -> e.getBpmnElement() == flow).findFirst().orElse(null);
            assertThat(edge).as("edge of " + flow.getId()).isNotNull();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            assertThat(points).as(flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(touches(bounds.get(flow.getSource().getId()), points.get(0)))
                    .as(flow.getId() + " starts at " + flow.getSource().getId()).isTrue();
            assertThat(touches(bounds.get(flow.getTarget().getId()), points.get(points.size() - 1)))
                    .as(flow.getId() + " ends at " + flow.getTarget().getId()).isTrue();
        }

        // laid out left to right along the happy path
        List<String> happyPath = List.of("StartEvent_TaskPosted", "ServiceTask_CheckGovernance",
                "Gateway_GovernanceApproved", "ServiceTask_HoldEscrow", "SubProcess_Assignment",
                "ServiceTask_PrepareReview", "ServiceTask_ReviewAutomatically", "Gateway_ReviewConfident",
                "Task_ReviewSubmission", "Gateway_ReviewDone", "ServiceTask_OpenDisputeWindow", "SubProcess_Dispute",
                "ServiceTask_SettlePayment", "ServiceTask_PlanRetention", "Timer_RetentionEnds", "ServiceTask_ArchiveTask", "EndEvent_TaskArchived");
        for (int i = 1; i < happyPath.size(); i++) {
            Bounds before = bounds.get(happyPath.get(i - 1));
            Bounds after = bounds.get(happyPath.get(i));
            assertThat(after.getX()).as(happyPath.get(i) + " right of " + happyPath.get(i - 1))
                    .isGreaterThan(before.getX() + before.getWidth());
        }
    }

    @Test
    void elementIdsFollowTheNamingConvention() {
        Set<String> prefixes = Set.of("StartEvent_", "EndEvent_", "ServiceTask_", "Task_", "Gateway_", "Timer_",
                "SubProcess_", "Flow_");
        Set<String> offenders = new TreeSet<>();
        for (BaseElement element : model().getModelElementsByType(FlowNode.class)) {
            if (prefixes.stream().noneMatch(element.getId()::startsWith)) {
                offenders.add(element.getId());
            }
        }
        for (SequenceFlow flow : model().getModelElementsByType(SequenceFlow.class)) {
            if (!flow.getId().startsWith("Flow_")) {
                offenders.add(flow.getId());
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(model().getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
                .collect(Collectors.toSet())).contains(
                "StartEvent_TaskPosted", "ServiceTask_CheckGovernance", "Gateway_GovernanceApproved",
                "EndEvent_TaskRejected", "ServiceTask_HoldEscrow", "SubProcess_Assignment", "StartEvent_SlotOpened",
                "Gateway_AssignMerge", "ServiceTask_AssignWorker", "Gateway_WorkerFound", "Timer_RetryAssignment",
                "Task_DoWork", "Timer_DeadlineExpired", "ServiceTask_ExpireAssignment", "EndEvent_SlotFilled",
                "ServiceTask_PrepareReview", "ServiceTask_ReviewAutomatically", "Gateway_ReviewConfident",
                "Task_ReviewSubmission", "Gateway_ReviewDone", "ServiceTask_OpenDisputeWindow", "SubProcess_Dispute",
                "ServiceTask_SettlePayment", "ServiceTask_PlanRetention", "Timer_RetentionEnds", "ServiceTask_ArchiveTask", "EndEvent_TaskArchived",
                "StartEvent_DisputeWindowOpened", "Task_DisputeRejection", "Timer_DisputeWindowEnds",
                "EndEvent_RejectionFinal", "Task_DecideDispute", "EndEvent_DisputeDecided", "ServiceTask_OpenExtraSlot");
    }

    // ---------------------------------------------------------------- helpers

    private ProcessInstance startTask(int redundancy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskId", TASK_ID);
        variables.put("redundancy", redundancy);
        variables.put("slotsToOpen", redundancy);
        variables.put("deadline", DEADLINE);
        variables.put("assignmentRetryInterval", RETRY_INTERVAL);
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, TASK_ID, variables);
    }

    /** The (leaf) activities the instance is waiting in, one entry per waiting token, sorted. */
    private List<String> waitingAt(ProcessInstance instance) {
        return runtimeService.getActiveActivityIds(instance.getId()).stream().sorted().toList();
    }

    private static List<Task> workTasks(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DoWork").list();
    }

    private static List<Task> reviewTasks(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ReviewSubmission").list();
    }

    /** The deadline timer guarding one work item (the boundary timer lives on the user task's own scope execution). */
    private static Job deadlineOf(Task workItem) {
        Job deadline = jobQuery().activityId("Timer_DeadlineExpired").executionId(workItem.getExecutionId()).singleResult();
        assertThat(deadline).as("deadline timer of " + workItem.getAssignee()).isNotNull();
        return deadline;
    }

    private static BpmnModelInstance model() {
        try (InputStream in = TaskLifecycleProcessTest.class.getResourceAsStream("/task-lifecycle.bpmn")) {
            assertThat(in).as("task-lifecycle.bpmn at the classpath root").isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BpmnShape shapeOf(BpmnModelInstance model, FlowNode node) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() == node).findFirst().orElse(null);
    }

    private static boolean isBoundaryPair(FlowNode a, FlowNode b) {
        return (a instanceof BoundaryEvent ba && ba.getAttachedTo() == b)
                || (b instanceof BoundaryEvent bb && bb.getAttachedTo() == a);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static boolean touches(Bounds b, Waypoint p) {
        return p.getX() >= b.getX() && p.getX() <= b.getX() + b.getWidth()
                && p.getY() >= b.getY() && p.getY() <= b.getY() + b.getHeight();
    }
}
