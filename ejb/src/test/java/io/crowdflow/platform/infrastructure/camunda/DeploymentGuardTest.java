package io.crowdflow.platform.infrastructure.camunda;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard on a real (in-memory) Camunda engine: what a designer may deploy and what is refused. */
class DeploymentGuardTest {

    /** The platform's steps as the server finds them: every @Named JavaDelegate of this module. */
    static final Set<String> STEPS = platformSteps();

    static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:guard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("guard-test");
        configuration.setCustomPreBPMNParseListeners(new ArrayList<>(List.of(new DeploymentGuard(STEPS))));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void thePlatformsOwnLifecycleModelPasses() {
        engine.getRepositoryService().createDeployment().addClasspathResource("task-lifecycle.bpmn").deploy();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("TaskLifecycle")
                .count()).isEqualTo(1);
    }

    @Test
    void aModelUsingOnlyPlatformStepsAndVariablesPasses() {
        deploy(Bpmn.createExecutableProcess("Process_Custom").camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("ServiceTask_Escrow").camundaDelegateExpression("${holdEscrowDelegate}")
                .exclusiveGateway("Gateway_Choice")
                .condition("approved", "${approved && redundancy > 1}").endEvent()
                .moveToLastGateway().condition("not approved", "${!approved}").endEvent().done());
    }

    @Test
    void aScriptTaskIsRefusedWithItsElementNamed() {
        assertRefused(Bpmn.createExecutableProcess("Process_Script").camundaHistoryTimeToLive(30).startEvent()
                .scriptTask("ScriptTask_RunsCode").scriptFormat("groovy").scriptText("println 'hi'").endEvent().done(),
                "ScriptTask_RunsCode", "scriptTask runs code");
    }

    @Test
    void aJavaClassNamedInTheModelIsRefused() {
        assertRefused(Bpmn.createExecutableProcess("Process_Class").camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("ServiceTask_Class").camundaClass("java.lang.Runtime").endEvent().done(),
                "ServiceTask_Class", "names a Java class");
    }

    @Test
    void aDelegateThatIsNotAPlatformStepIsRefused() {
        assertRefused(Bpmn.createExecutableProcess("Process_Bean").camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("ServiceTask_Other").camundaDelegateExpression("${entityManager}").endEvent().done(),
                "ServiceTask_Other", "not a platform step");
    }

    @Test
    void anExpressionThatCallsAMethodIsRefused() {
        assertRefused(Bpmn.createExecutableProcess("Process_Call").camundaHistoryTimeToLive(30).startEvent()
                .exclusiveGateway("Gateway_Call")
                .condition("call", "${execution.getProcessEngineServices().getRuntimeService() != null}").endEvent()
                .moveToLastGateway().condition("other", "${true}").endEvent().done(),
                "calls a method");
    }

    @Test
    void aModelWithADoctypeAndAnExternalEntityIsRefused() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://x">
                  <bpmn:process id="Process_Xxe" isExecutable="true" camunda:historyTimeToLive="P1D"
                      name="&secret;">
                    <bpmn:startEvent id="StartEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>""";
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
                .addString("xxe.bpmn", xml).deploy()).hasMessageContaining("DOCTYPE");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_Xxe")
                .count()).isZero();
    }

    @Test
    void theStepsFoundAreThePlatformsDelegates() {
        assertThat(STEPS).contains("checkGovernanceDelegate", "holdEscrowDelegate", "assignWorkerDelegate",
                "settlePaymentDelegate", "archiveTaskDelegate");
    }

    static Set<String> platformSteps() {
        try {
            java.nio.file.Path root = java.nio.file.Path.of(DeploymentGuard.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            try (var files = java.nio.file.Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(DeploymentGuardTest::load)
                        .filter(c -> org.camunda.bpm.engine.delegate.JavaDelegate.class.isAssignableFrom(c))
                        .filter(c -> c.isAnnotationPresent(jakarta.inject.Named.class))
                        .map(c -> c.getAnnotation(jakarta.inject.Named.class).value())
                        .collect(java.util.stream.Collectors.toSet());
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DeploymentGuardTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy();
    }

    private static void assertRefused(BpmnModelInstance model, String... fragments) {
        assertThatThrownBy(() -> deploy(model)).hasMessageContaining("CROWDFLOW-03001")
                .hasMessageContainingAll(fragments);
    }
}
