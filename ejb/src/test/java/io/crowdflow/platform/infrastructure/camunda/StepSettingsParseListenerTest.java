package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.assignment.domain.AssignmentPolicies;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed step settings checked at deploy, and notify steps made asynchronous with the platform's back-off. */
class StepSettingsParseListenerTest {

    static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:steps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("steps-test");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new StepSettingsParseListener(
                AssignmentPolicies.NAMES, "PT1M,PT5M,PT30M", Set.of("ops-hook")::contains))));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void aNotifyStepWaitsAsAJobAndAFailureIsRetriedOnThePlatformsBackOff() {
        AtomicInteger calls = new AtomicInteger();
        Mocks.register("notifyDelegate", (JavaDelegate) execution -> {
            calls.incrementAndGet();
            throw new IllegalStateException("receiver down");
        });
        deploy("Process_Notify", "${notifyDelegate}", "notifyEvent", "task.settled", "notifyTarget", "ops-hook");
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_Notify").getId();
        assertThat(calls).as("the start does not call the webhook").hasValue(0);
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        assertThat(job).as("the notify step is a job").isNotNull();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasMessageContaining("receiver down");
        Job retried = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).as("one retry per interval of PT1M,PT5M,PT30M").isEqualTo(3);
        assertThat(retried.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 50_000));
        Mocks.reset();
    }

    @Test
    void anUnknownPolicyIsRefusedNamingTheStep() {
        assertThatThrownBy(() -> deploy("Process_Policy", "${assignWorkerDelegate}", "assignmentPolicy", "cheapest"))
                .hasMessageContaining("CROWDFLOW-03002").hasMessageContaining("ServiceTask_Step")
                .hasMessageContaining("cheapest is not one of best-reputation, linucb, random, round-robin");
        deploy("Process_Policy_Ok", "${assignWorkerDelegate}", "assignmentPolicy", "round-robin");
    }

    @Test
    void aDisputeWindowThatIsNotAPositiveDurationIsRefused() {
        assertThatThrownBy(() -> deploy("Process_Window", "${openDisputeWindowDelegate}", "disputeWindow", "2 days"))
                .hasMessageContaining("disputeWindow 2 days is not a positive ISO-8601 duration");
        assertThatThrownBy(() -> deploy("Process_Window", "${openDisputeWindowDelegate}", "disputeWindow", "PT0S"))
                .hasMessageContaining("CROWDFLOW-03002");
        deploy("Process_Window_Ok", "${openDisputeWindowDelegate}", "disputeWindow", "P3D");
    }

    @Test
    void aNotifyStepNeedsAWellFormedEventAndAConfiguredTarget() {
        assertThatThrownBy(() -> deploy("Process_N1", "${notifyDelegate}", "notifyEvent", "task.settled",
                "notifyTarget", "https://evil.example/hook")).hasMessageContaining("notifyTarget");
        assertThatThrownBy(() -> deploy("Process_N2", "${notifyDelegate}", "notifyEvent", "Task Settled",
                "notifyTarget", "ops-hook")).hasMessageContaining("notifyEvent");
        assertThatThrownBy(() -> deploy("Process_N3", "${notifyDelegate}", "notifyEvent", "task.settled"))
                .hasMessageContaining("notifyTarget naming a webhook target");
    }

    private static void deploy(String key, String step, String... settings) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < settings.length; i += 2) {
            properties.append("<camunda:property name=\"").append(settings[i]).append("\" value=\"")
                    .append(settings[i + 1]).append("\"/>");
        }
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_1"/>
                    <sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="ServiceTask_Step"/>
                    <serviceTask id="ServiceTask_Step" camunda:delegateExpression="%s">
                      <extensionElements><camunda:properties>%s</camunda:properties></extensionElements>
                    </serviceTask>
                    <sequenceFlow id="Flow_2" sourceRef="ServiceTask_Step" targetRef="EndEvent_1"/>
                    <endEvent id="EndEvent_1"/>
                  </process>
                </definitions>""".formatted(key, step, properties);
        engine.getRepositoryService().createDeployment()
                .addInputStream(key + ".bpmn", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .deploy();
    }
}
