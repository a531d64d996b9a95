package io.crowdflow.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The typed settings a designer gives one platform step in the model, as {@code camunda:property} extension
 * properties (what the element templates in processes/element-templates write). Unlike input parameters they do not
 * make the step a scope of its own, so a step's local variables (the slot's assignee) stay where they belong. The
 * deployment guard checks each value when the model is deployed; a missing or blank setting means the default.
 */
public final class StepSettings {

    /** assignWorkerDelegate: the assignment policy (linucb, round-robin, random, best-reputation). */
    public static final String ASSIGNMENT_POLICY = "assignmentPolicy";
    /** openDisputeWindowDelegate: how long a rejected worker has to dispute (ISO-8601 duration). */
    public static final String DISPUTE_WINDOW = "disputeWindow";
    /** notifyDelegate: the event announced, dotted lower-case words such as task.settled. */
    public static final String NOTIFY_EVENT = "notifyEvent";
    /** notifyDelegate: the name of a webhook target the administrator configured. */
    public static final String NOTIFY_TARGET = "notifyTarget";

    private StepSettings() {
    }

    /** The setting's value on the step being executed, or null when the model does not set it. */
    public static String text(DelegateExecution execution, String name) {
        FlowElement element = execution.getBpmnModelElementInstance();
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip).findFirst().orElse(null);
    }
}
