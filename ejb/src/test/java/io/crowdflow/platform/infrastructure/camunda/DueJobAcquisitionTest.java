package io.crowdflow.platform.infrastructure.camunda;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's job acquisition with every job given a due date and the due date indexed. */
class DueJobAcquisitionTest {

    ProcessEngineConfigurationImpl configuration;
    ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:due-jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setProcessEngineName("due-jobs-" + UUID.randomUUID());
        DueJobAcquisition.configure(config);
        configuration = config;
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("waits.bpmn",
                Bpmn.createExecutableProcess("Process_Waits").startEvent()
                        .serviceTask("ServiceTask_Later").camundaAsyncBefore().camundaExpression("${true}")
                        .intermediateCatchEvent("Timer_Retention").timerWithDuration("P30D")
                        .endEvent().done()).deploy();
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void anAsynchronousContinuationIsDueFromTheMomentItIsMade() {
        Date before = new Date(System.currentTimeMillis() - 1000);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_Waits").getId();

        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        assertThat(job.getDuedate()).as("Camunda leaves it null by default").isNotNull().isAfter(before);
        DueJobAcquisition.prepare(configuration.getDataSource());
        assertThat(acquiredJobIds()).containsExactly(job.getId());
    }

    @Test
    void aTimerThatIsNotDueIsNotAcquired() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_Waits").getId();
        Job continuation = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().executeJob(continuation.getId());

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        assertThat(timer.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 29L * 24 * 3600 * 1000));
        DueJobAcquisition.prepare(configuration.getDataSource());
        assertThat(acquiredJobIds()).isEmpty();
    }

    @Test
    void aJobMadeWithoutADueDateBeforeTheSettingIsFoundAgainOnceTheEngineIsPrepared() throws SQLException {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_Waits").getId();
        execute("update ACT_RU_JOB set DUEDATE_ = null");
        assertThat(acquiredJobIds()).as("the acquisition query asks for a due date now").isEmpty();

        DueJobAcquisition.prepare(configuration.getDataSource());

        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        assertThat(job.getDuedate()).isNotNull();
        assertThat(acquiredJobIds()).containsExactly(job.getId());
    }

    @Test
    void theIndexIsMadeOnceAndPreparingAgainChangesNothing() throws SQLException {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            assertThat(DueJobAcquisition.indexed(connection)).isFalse();
        }
        DueJobAcquisition.prepare(configuration.getDataSource());
        DueJobAcquisition.prepare(configuration.getDataSource());
        try (Connection connection = configuration.getDataSource().getConnection()) {
            assertThat(DueJobAcquisition.indexed(connection)).isTrue();
        }
    }

    private List<String> acquiredJobIds() {
        AcquiredJobs acquired = configuration.getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(configuration.getJobExecutor()));
        return acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
