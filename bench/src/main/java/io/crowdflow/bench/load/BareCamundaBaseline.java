package io.crowdflow.bench.load;

import io.crowdflow.platform.infrastructure.camunda.DueJobAcquisition;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ceiling: the platform's own {@code task-lifecycle.bpmn} on a bare Camunda engine, with no-op
 * delegates that only set the variables the model routes on. Same history level (full), job executor
 * on, one transaction per step as the REST calls have: start (runs to the work step), complete the
 * work, complete the review (runs through payment to the retention timer). On PostgreSQL it connects with the
 * driver settings of the platform's datasource ({@link #asThePlatformConnects}).
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.load.BareCamundaBaseline \
 *   --lifecycles 2000 --clients 8 [--warmup 200]
 *   [--jdbc jdbc:h2:file:./target/bare;LOCK_TIMEOUT=10000 --user sa --password sa]
 *   [--after-warmup-sql "select pg_stat_statements_reset()"]
 * </pre>
 * {@code --after-warmup-sql} runs one statement on the engine's database between the warm-up and the measured
 * lifecycles, e.g. to count only the measured ones' statements (docs/benchmarks/statement-costs.sh).
 */
public final class BareCamundaBaseline {

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int lifecycles = options.number("lifecycles", 1000);
        int clients = options.number("clients", 4);
        int warmup = options.number("warmup", Math.min(200, lifecycles));
        String url = asThePlatformConnects(
                options.text("jdbc", "jdbc:h2:file:./target/bare-camunda;LOCK_TIMEOUT=10000"));
        ProcessEngine engine = engine(url, options.text("user", url.startsWith("jdbc:h2") ? "sa" : "postgres"),
                options.text("password", url.startsWith("jdbc:h2") ? "sa" : ""), clients);
        try {
            engine.getRepositoryService().createDeployment().name("bare-baseline").enableDuplicateFiltering(true)
                    .addClasspathResource("task-lifecycle.bpmn").deploy();
            run(engine, warmup, clients);
            String afterWarmup = options.text("after-warmup-sql", null);
            if (afterWarmup != null) {
                execute(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource(),
                        afterWarmup);
            }
            long start = System.nanoTime();
            int done = run(engine, lifecycles, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%nbare Camunda: %d of %d lifecycles by %d clients in %.1f s: %.1f "
                    + "lifecycles/s (%s)%n", done, lifecycles, clients, seconds, done / seconds, url);
        } finally {
            engine.close();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static ProcessEngine engine(String url, String user, String password, int clients) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-baseline-" + UUID.randomUUID());
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver(url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(Math.max(10, clients * 2));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        configuration.setJavaSerializationFormatEnabled(true);
        configuration.setMetricsEnabled(false);
        configuration.setIdGenerator(new StrongUuidGenerator()); // as the platform's engine
        configuration.setBeans(noOpDelegates());
        DueJobAcquisition.configure(configuration); // the platform's job acquisition, as the issue asks
        ProcessEngine engine = configuration.buildProcessEngine();
        DueJobAcquisition.prepare(configuration.getDataSource());
        return engine;
    }

    /**
     * The URL with the driver settings the platform's datasource has: on PostgreSQL, batched inserts rewritten as
     * multi-row inserts ({@code reWriteBatchedInserts}, ear/src/main/wildfly/datasource-postgresql.cli), unless the
     * URL says otherwise. Camunda batches its inserts either way; the ceiling must not lack what the platform has.
     */
    static String asThePlatformConnects(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** The platform's delegate names, each doing only what the model needs to route. */
    static Map<Object, Object> noOpDelegates() {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate nothing = execution -> { };
        beans.put("checkGovernanceDelegate", (JavaDelegate) e -> e.setVariable("governanceApproved", true));
        beans.put("holdEscrowDelegate", nothing);
        beans.put("assignWorkerDelegate", (JavaDelegate) e -> {
            e.setVariableLocal("workerFound", true);
            e.setVariableLocal("assignmentId", UUID.randomUUID().toString());
            e.setVariableLocal("assignee", "worker-" + e.getVariable("taskId"));
        });
        beans.put("expireAssignmentDelegate", nothing);
        beans.put("prepareReviewDelegate", (JavaDelegate) e ->
                e.setVariable("submissionIds", new ArrayList<>(List.of(UUID.randomUUID().toString()))));
        // the load driver's path: one answer, so a human reviews it and accepts it; nothing to dispute
        beans.put("reviewAutomaticallyDelegate", (JavaDelegate) e -> {
            e.setVariable("submissionIds", new ArrayList<>(List.of(UUID.randomUUID().toString())));
            e.setVariable("humanReviewNeeded", true);
            e.setVariable("extraAssignmentNeeded", false);
        });
        beans.put("openExtraSlotDelegate", (JavaDelegate) e -> e.setVariable("slotsToOpen", 1));
        beans.put("openDisputeWindowDelegate", (JavaDelegate) e -> {
            e.setVariable("disputableSubmissionIds", new ArrayList<String>());
            e.setVariable("disputeWindow", "P3D");
        });
        beans.put("settlePaymentDelegate", nothing);
        beans.put("planRetentionDelegate", (JavaDelegate) e -> e.setVariable("retentionPeriod", "P30D"));
        beans.put("archiveTaskDelegate", nothing);
        return beans;
    }

    private static int run(ProcessEngine engine, int lifecycles, int clients) throws Exception {
        AtomicInteger remaining = new AtomicInteger(lifecycles);
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    lifecycle(engine);
                    completed.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return completed.get();
    }

    private static void lifecycle(ProcessEngine engine) {
        String taskId = UUID.randomUUID().toString();
        String instance = engine.getRuntimeService().startProcessInstanceByKey("TaskLifecycle", taskId,
                Variables.createVariables().putValue("taskId", taskId).putValue("redundancy", 1).putValue("slotsToOpen", 1)
                        .putValue("deadline", "PT1H").putValue("assignmentRetryInterval", "PT30S")).getId();
        TaskService tasks = engine.getTaskService();
        Task work = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DoWork").singleResult();
        tasks.complete(work.getId());
        Task review = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewSubmission")
                .singleResult();
        tasks.complete(review.getId());
    }
}
