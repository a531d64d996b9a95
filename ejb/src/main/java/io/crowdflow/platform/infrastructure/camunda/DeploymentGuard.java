package io.crowdflow.platform.infrastructure.camunda;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a BPMN deployment that could run code other than the platform's: script tasks and scripts,
 * Java classes named in the model, connectors, delegate expressions that are not one of the platform's
 * steps, and expressions that call methods. Plain variable expressions ({@code ${redundancy}},
 * {@code ${!governanceApproved}}) pass. Applies to every deployment, the platform's own included.
 */
public class DeploymentGuard extends AbstractBpmnParseListener {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern BEAN_REFERENCE = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final Set<String> CODE_ELEMENTS = Set.of("scriptTask", "script", "connector");

    private final Set<String> platformSteps;

    /** @param platformSteps the names of the beans a model may use as delegates */
    public DeploymentGuard(Set<String> platformSteps) {
        this.platformSteps = Set.copyOf(platformSteps);
    }

    @Override
    public void parseRootElement(Element root, List<ProcessDefinitionEntity> processDefinitions) {
        inspect(root);
    }

    private void inspect(Element element) {
        String tag = localName(element.getTagName());
        if (CODE_ELEMENTS.contains(tag)) {
            refuse(element, "a " + tag + " runs code; use a platform step instead");
        }
        for (String attribute : element.attributes()) {
            String name = localName(attribute);
            String value = element.attribute(attribute);
            if (value == null) {
                continue;
            }
            if (name.equals("class")) {
                refuse(element, "names a Java class (" + value + "); only platform steps may run");
            }
            if (name.equals("delegateExpression")) {
                Matcher bean = BEAN_REFERENCE.matcher(value.trim());
                if (!bean.matches() || !platformSteps.contains(bean.group(1))) {
                    refuse(element, "delegate " + value + " is not a platform step; the steps are "
                            + String.join(", ", platformSteps.stream().sorted().toList()));
                }
            }
            checkExpressions(element, value);
        }
        if (element.getText() != null) {
            checkExpressions(element, element.getText());
        }
        for (Element child : element.elements()) {
            inspect(child);
        }
    }

    private void checkExpressions(Element element, String text) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            if (expression.group(1).contains("(")) {
                refuse(element, "the expression " + expression.group() + " calls a method; only variables and "
                        + "platform steps may be named");
            }
        }
    }

    private static void refuse(Element element, String why) {
        String id = element.attribute("id");
        // a parse error: the deployment fails as invalid BPMN (HTTP 400 from the engine's REST API)
        throw new BpmnParseException("CROWDFLOW-03001 deployment refused: element "
                + (id == null ? localName(element.getTagName()) : id) + " (line " + element.getLine() + "): " + why,
                element);
    }

    private static String localName(String qualified) {
        int colon = qualified.lastIndexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }
}
