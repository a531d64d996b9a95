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

    @Test
    void onPostgresqlTheBaselineConnectsWithThePlatformsBatchedInserts() {
        assertThat(BareCamundaBaseline.asThePlatformConnects("jdbc:postgresql://127.0.0.1:5432/bare"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/bare?reWriteBatchedInserts=true");
        assertThat(BareCamundaBaseline.asThePlatformConnects("jdbc:postgresql://h/bare?ssl=false"))
                .isEqualTo("jdbc:postgresql://h/bare?ssl=false&reWriteBatchedInserts=true");
    }

    @Test
    void anExplicitDriverSettingOrAnotherDatabaseIsLeftAsGiven() {
        assertThat(BareCamundaBaseline.asThePlatformConnects("jdbc:postgresql://h/bare?reWriteBatchedInserts=false"))
                .isEqualTo("jdbc:postgresql://h/bare?reWriteBatchedInserts=false");
        assertThat(BareCamundaBaseline.asThePlatformConnects("jdbc:h2:file:./target/bare;LOCK_TIMEOUT=10000"))
                .isEqualTo("jdbc:h2:file:./target/bare;LOCK_TIMEOUT=10000");
    }
}
