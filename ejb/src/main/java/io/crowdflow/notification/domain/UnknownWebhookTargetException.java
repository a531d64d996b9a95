package io.crowdflow.notification.domain;

/** A model names a webhook target no administrator configured. */
public class UnknownWebhookTargetException extends RuntimeException {

    public UnknownWebhookTargetException(String name) {
        super("no webhook target named '" + name + "' is configured (crowdflow.webhook." + name
                + ".url and .secret); see docs/process-designer-guide.md");
    }
}
