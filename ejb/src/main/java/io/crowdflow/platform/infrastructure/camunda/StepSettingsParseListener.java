package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.notification.domain.NotifyEvent;
import io.crowdflow.platform.process.StepSettings;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the typed settings of platform steps ({@link StepSettings}) when a model is deployed, so a wrong value is
 * refused with the element's id instead of failing a task later; and makes notify steps asynchronous, so a failing
 * webhook never rolls back the task's own work: the step's job is retried on the platform's back-off
 * ({@code crowdflow.notify.retry-cycle}, or the model's own {@code camunda:failedJobRetryTimeCycle}) and becomes an
 * incident when the retries are spent.
 */
public class StepSettingsParseListener extends AbstractBpmnParseListener {

    private final Set<String> policies;
    private final String retryCycle;
    private final Predicate<String> targetConfigured;

    /**
     * @param policies         the assignment policies a step may name
     * @param retryCycle       the notify step's default back-off
     * @param targetConfigured whether a webhook target of that name is configured
     */
    public StepSettingsParseListener(Set<String> policies, String retryCycle, Predicate<String> targetConfigured) {
        this.policies = Set.copyOf(policies);
        this.retryCycle = retryCycle;
        this.targetConfigured = targetConfigured;
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
        switch (delegate == null ? "" : delegate.replace(" ", "")) {
            case "${assignWorkerDelegate}" -> {
                String policy = setting(element, StepSettings.ASSIGNMENT_POLICY);
                if (policy != null && !policies.contains(policy)) {
                    refuse(element, StepSettings.ASSIGNMENT_POLICY + " " + policy + " is not one of "
                            + String.join(", ", policies.stream().sorted().toList()));
                }
            }
            case "${openDisputeWindowDelegate}" -> {
                String window = setting(element, StepSettings.DISPUTE_WINDOW);
                if (window != null && !isPositiveDuration(window)) {
                    refuse(element, StepSettings.DISPUTE_WINDOW + " " + window
                            + " is not a positive ISO-8601 duration such as PT48H");
                }
            }
            case "${notifyDelegate}" -> parseNotifyStep(element, activity);
            default -> {
            }
        }
    }

    private void parseNotifyStep(Element element, ActivityImpl activity) {
        String event = setting(element, StepSettings.NOTIFY_EVENT);
        String target = setting(element, StepSettings.NOTIFY_TARGET);
        if (!NotifyEvent.isValidName(event)) {
            refuse(element, "a notify step needs " + StepSettings.NOTIFY_EVENT
                    + " as dotted lower-case words (e.g. task.settled), not " + event);
        }
        if (target == null || !targetConfigured.test(target)) {
            refuse(element, "a notify step needs " + StepSettings.NOTIFY_TARGET
                    + " naming a webhook target the administrator configured, not " + target);
        }
        activity.setAsyncBefore(true);
        // Camunda's own listener reads failedJobRetryTimeCycle only on steps that were asynchronous already
        String cycle = modelRetryCycle(element);
        activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
                ParseUtil.parseRetryIntervals(cycle != null ? cycle : retryCycle));
    }

    private static boolean isPositiveDuration(String text) {
        try {
            Duration duration = Duration.parse(text);
            return !duration.isNegative() && !duration.isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String modelRetryCycle(Element element) {
        Element extensions = element.element("extensionElements");
        Element cycle = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "failedJobRetryTimeCycle");
        String text = cycle == null || cycle.getText() == null ? null : cycle.getText().trim();
        return text == null || text.isEmpty() || text.contains("{") ? null : text;
    }

    /** The value of the step's camunda:property, or null when it is missing or blank. */
    private static String setting(Element element, String name) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                String value = property.attribute("value");
                if (name.equals(property.attribute("name")) && value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static void refuse(Element element, String why) {
        throw new BpmnParseException("CROWDFLOW-03002 deployment refused: element " + element.attribute("id")
                + " (line " + element.getLine() + "): " + why, element);
    }
}
