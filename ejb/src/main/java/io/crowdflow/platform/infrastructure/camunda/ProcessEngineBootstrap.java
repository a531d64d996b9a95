package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.assignment.domain.AssignmentPolicies;
import io.crowdflow.notification.domain.WebhookTargets;
import io.crowdflow.platform.infrastructure.persistence.DatabaseMigrations;
import io.crowdflow.platform.process.TaskLifecycleModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;

import javax.sql.DataSource;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Starts Camunda's engine once per deployment: on the application's datasource, joined to WildFly's
 * transaction manager, with the job executor on (timers fire) and CDI beans resolvable from BPMN
 * expressions. Deploys {@code task-lifecycle.bpmn} from the processes jar when it changed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
    static final String DEPLOYMENT_NAME = "crowdflow-processes";

    @Resource(lookup = "java:jboss/datasources/CrowdflowDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Inject
    BeanManager beanManager;

    @Inject
    EngineSettings settings;

    @Inject
    WebhookTargets webhookTargets;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("crowdflow");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(settings.jobExecutorActive());
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        configuration.setEnforceHistoryTimeToLive(true);
        // history past each model's historyTimeToLive is removed every night
        configuration.setHistoryCleanupBatchWindowStartTime(settings.historyCleanupWindowStart());
        configuration.setHistoryCleanupBatchWindowEndTime(settings.historyCleanupWindowEnd());
        // review's multi-instance collection is a list variable; only JDK types pass deserialization
        configuration.setJavaSerializationFormatEnabled(true);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setMetricsEnabled(false);
        // Ids from time-based UUIDs, not from blocks of ACT_GE_PROPERTY: a block is fetched in a transaction of
        // its own, which needs a second pooled connection in the middle of a request (a pool deadlock under
        // load) and serialises every node on one row.
        configuration.setIdGenerator(new StrongUuidGenerator());
        settings.applyJobExecutorSettings(configuration);
        DueJobAcquisition.configure(configuration);
        configuration.setCustomPreBPMNParseListeners(new ArrayList<>(List.of(new DeploymentGuard(platformSteps()))));
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new StepSettingsParseListener(
                AssignmentPolicies.NAMES, settings.notifyRetryCycle(),
                target -> webhookTargets.named(target).isPresent()))));
        engine = configuration.buildProcessEngine();
        DueJobAcquisition.prepare(dataSource);
        deployModels();
        LOG.info(() -> "CROWDFLOW-02001 process engine '" + engine.getName() + "' started, job executor "
                + (settings.jobExecutorActive() ? "on" : "off"));
    }

    private void deployModels() {
        ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(TaskLifecycleModel.RESOURCE)) {
            if (model == null) {
                throw new IllegalStateException(TaskLifecycleModel.RESOURCE + " is not on the class path");
            }
            Deployment deployment = engine.getRepositoryService().createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .source("crowdflow")
                    .enableDuplicateFiltering(true)
                    .addInputStream(TaskLifecycleModel.RESOURCE, model)
                    .deploy();
            LOG.info(() -> "CROWDFLOW-02002 process models deployed or unchanged (deployment "
                    + deployment.getId() + ")");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + TaskLifecycleModel.RESOURCE, e);
        }
    }

    /** The names of the platform's BPMN steps: every @Named CDI bean that is a JavaDelegate. */
    private Set<String> platformSteps() {
        return beanManager.getBeans(JavaDelegate.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getName).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
            LOG.info("CROWDFLOW-02003 process engine stopped");
        }
    }

    @Produces
    public ProcessEngine processEngine() {
        return engine;
    }
}
