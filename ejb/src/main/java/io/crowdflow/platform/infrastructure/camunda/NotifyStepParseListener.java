package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.notification.domain.NotifyEvent;
import io.crowdflow.notification.interfaces.bpmn.NotifyDelegate;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.function.Predicate;

/**
 * Notify steps ({@code ${notifyDelegate}}) are always asynchronous, so a webhook that fails never rolls back the
 * task's own work: the step's job is retried on the platform's back-off ({@code crowdflow.notify.retry-cycle}) unless
 * the model sets its own {@code camunda:failedJobRetryTimeCycle}, and an incident is raised when the retries are
 * spent. A step whose literal event name is malformed or whose literal target is not configured is refused at deploy.
 */
public class NotifyStepParseListener extends AbstractBpmnParseListener {

    static final String STEP = "${notifyDelegate}";

    private final String retryCycle;
    private final Predicate<String> targetConfigured;

    public NotifyStepParseListener(String retryCycle, Predicate<String> targetConfigured) {
        this.retryCycle = retryCycle;
        this.targetConfigured = targetConfigured;
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
        if (delegate == null || !STEP.equals(delegate.trim())) {
            return;
        }
        String event = literalInput(element, NotifyDelegate.EVENT);
        String target = literalInput(element, NotifyDelegate.TARGET);
        if (event == null || !NotifyEvent.isValidName(event)) {
            refuse(element, "a notify step needs the input " + NotifyDelegate.EVENT
                    + " as dotted lower-case words (e.g. task.settled), not " + event);
        }
        if (target == null || !targetConfigured.test(target)) {
            refuse(element, "a notify step needs the input " + NotifyDelegate.TARGET
                    + " naming a configured webhook target, not " + target);
        }
        activity.setAsyncBefore(true);
        // Camunda's own listener reads failedJobRetryTimeCycle only on steps that were asynchronous already
        String cycle = modelRetryCycle(element);
        activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
                ParseUtil.parseRetryIntervals(cycle != null ? cycle : retryCycle));
    }

    private static String modelRetryCycle(Element element) {
        Element extensions = element.element("extensionElements");
        Element cycle = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "failedJobRetryTimeCycle");
        String text = cycle == null || cycle.getText() == null ? null : cycle.getText().trim();
        return text == null || text.isEmpty() || text.contains("{") ? null : text;
    }

    /** The text of the step's input parameter, or null when it is missing or not plain text. */
    private static String literalInput(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element io = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
        if (io == null) {
            return null;
        }
        for (Element input : io.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputParameter")) {
            if (name.equals(input.attribute("name"))) {
                return input.elements().isEmpty() && input.getText() != null ? input.getText().trim() : null;
            }
        }
        return null;
    }

    private static void refuse(Element element, String why) {
        throw new BpmnParseException("CROWDFLOW-03002 deployment refused: element " + element.attribute("id")
                + " (line " + element.getLine() + "): " + why, element);
    }
}
