package io.crowdflow.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BareCamundaBaselineTest {

    @Test
    void theBaselineOffersEveryDelegateTheModelNames() throws Exception {
        String model = new String(getClass().getClassLoader().getResourceAsStream("task-lifecycle.bpmn")
                .readAllBytes());
        var names = java.util.regex.Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(model)
                .results().map(m -> m.group(1)).toList();
        assertThat(names).isNotEmpty();
        assertThat(BareCamundaBaseline.noOpDelegates().keySet()).containsAll(names);
    }
}
