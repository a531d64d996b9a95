package io.crowdflow.notification.domain;

import jakarta.ejb.ApplicationException;

/**
 * The target did not take the notification (no answer, or not a 2xx). The notify step fails, so the engine retries
 * it on its back-off and raises an incident when the retries are spent.
 */
@ApplicationException(rollback = true)
public class WebhookDeliveryFailedException extends RuntimeException {

    public WebhookDeliveryFailedException(String message) {
        super(message);
    }

    public WebhookDeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
