package io.crowdflow.notification.domain;

import jakarta.ejb.ApplicationException;

/** A model names a webhook target no administrator configured. */
@ApplicationException(rollback = true)
public class UnknownWebhookTargetException extends RuntimeException {

    public UnknownWebhookTargetException(String name) {
        super("no webhook target named '" + name + "' is configured (crowdflow.webhook." + name
                + ".url and .secret); see docs/process-designer-guide.md");
    }
}
