package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/** The engine's job-executor settings, from the platform settings (docs/operations.md). */
@ApplicationScoped
public class EngineSettings {

    @Inject
    PlatformSettings settings;

    public boolean jobExecutorActive() {
        return Boolean.parseBoolean(settings.text("crowdflow.job-executor.active", "true"));
    }

    /** Start of the nightly history clean-up window (HH:mm, server time). */
    String historyCleanupWindowStart() {
        return settings.text("crowdflow.history-cleanup.start", "01:00");
    }

    String historyCleanupWindowEnd() {
        return settings.text("crowdflow.history-cleanup.end", "05:00");
    }

    /** The back-off of a notify step whose webhook failed: the waits before each retry (ISO-8601, comma-separated). */
    String notifyRetryCycle() {
        return settings.text("crowdflow.notify.retry-cycle", "PT10S,PT1M,PT10M,PT1H");
    }

    void applyJobExecutorSettings(ProcessEngineConfigurationImpl configuration) {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setMaxWait(Long.parseLong(settings.text("crowdflow.job-executor.max-wait-ms", "5000")));
        executor.setWaitTimeInMillis(Integer.parseInt(settings.text("crowdflow.job-executor.wait-ms", "1000")));
        executor.setCorePoolSize(Integer.parseInt(settings.text("crowdflow.job-executor.threads", "3")));
        executor.setMaxPoolSize(Integer.parseInt(settings.text("crowdflow.job-executor.threads", "3")));
        // how long a job stays locked to the node that acquired it: after that node dies (kill -9, power
        // loss) another node, or the same one restarted, takes the job once this has passed
        executor.setLockTimeInMillis(Integer.parseInt(settings.text("crowdflow.job-executor.lock-time-ms", "300000")));
        configuration.setJobExecutor(executor);
    }
}
